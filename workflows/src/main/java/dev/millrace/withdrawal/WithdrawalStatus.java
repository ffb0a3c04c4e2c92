package dev.millrace.withdrawal;

/** The status query's answer and the workflow's result. */
public record WithdrawalStatus(String withdrawalId, WithdrawalState state, String holdId, String detail) {}
