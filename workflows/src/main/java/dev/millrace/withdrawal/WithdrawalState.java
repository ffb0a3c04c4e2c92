package dev.millrace.withdrawal;

/** Where a withdrawal stands; the last three are final. */
public enum WithdrawalState { AUTHORIZING, DISPENSING, AWAITING_CONFIRMATION, CAPTURED, RELEASED, DECLINED }
