package dev.millrace.pipeline;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Fault injection: a data source whose connections fail to prepare any statement starting with a given
 * SQL prefix, as a database would fail the statement itself. Everything else goes to the real database.
 */
final class FailingDataSource {
  private FailingDataSource() {}

  static DataSource failingOn(DataSource real, String sqlPrefix) {
    return proxy(DataSource.class, real, (target, method, args) -> {
      Object result = invoke(target, method, args);
      return result instanceof Connection c ? failingConnection(c, sqlPrefix) : result;
    });
  }

  private static Connection failingConnection(Connection real, String sqlPrefix) {
    return proxy(Connection.class, real, (target, method, args) -> {
      if (method.getName().equals("prepareStatement") && ((String) args[0]).startsWith(sqlPrefix)) {
        throw new SQLException("injected failure of " + sqlPrefix, "08006");
      }
      return invoke(target, method, args);
    });
  }

  @FunctionalInterface
  private interface Handler<T> {
    Object handle(T target, Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
    InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
