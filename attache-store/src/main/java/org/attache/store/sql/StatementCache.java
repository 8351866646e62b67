package org.attache.store.sql;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read connection that keeps its prepared statements for the next read of the same SQL. Preparing costs
 * SQLite a parse and sqlite-jdbc one native call per result column (for the column names), which together were
 * a tenth of an article page under load. Callers use the connection as any other: closing a statement hands it
 * back (its result set closed, which resets it in SQLite, and its parameters cleared), and a statement still in
 * use when the same SQL is prepared again (a nested read) is prepared afresh and really closed. At most
 * {@value #MAX_STATEMENTS} statements are kept, least recently used dropped first.
 *
 * <p>One thread at a time, as a pooled read connection is used (see {@link SqlAccess}).
 */
final class StatementCache implements InvocationHandler {
    static final int MAX_STATEMENTS = 64;

    private final Connection target;
    private final Map<String, Kept> kept = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            if (size() <= MAX_STATEMENTS) {
                return false;
            }
            eldest.getValue().evict();
            return true;
        }
    };

    private StatementCache(Connection target) {
        this.target = target;
    }

    /** {@code connection} with its statements kept; closing it closes them. */
    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new StatementCache(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args != null && args.length == 1
                && args[0] instanceof String sql) {
            return prepare(sql);
        }
        if (method.getName().equals("close") && args == null) {
            closeAll();
        }
        return call(target, method, args);
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        Kept k = kept.get(sql);
        if (k != null && !k.inUse) {
            k.inUse = true;
            return k.proxy;
        }
        PreparedStatement statement = target.prepareStatement(sql);
        if (k != null) {
            return statement; // the kept one is in use: this one is the caller's alone
        }
        k = new Kept(statement);
        k.inUse = true;
        kept.put(sql, k);
        return k.proxy;
    }

    private void closeAll() {
        List<Kept> all = new ArrayList<>(kept.values());
        kept.clear();
        for (Kept k : all) {
            try {
                k.statement.close();
            } catch (SQLException e) {
                // closing the connection next closes what is left
            }
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A kept statement and the proxy its callers get. */
    private static final class Kept implements InvocationHandler {
        final PreparedStatement statement;
        final PreparedStatement proxy;
        boolean inUse;
        boolean evicted;
        ResultSet results;

        Kept(PreparedStatement statement) {
            this.statement = statement;
            this.proxy = (PreparedStatement) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, this);
        }

        @Override
        public Object invoke(Object p, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (args == null) {
                        release();
                        return null;
                    }
                }
                case "isClosed" -> {
                    if (args == null) {
                        return !inUse;
                    }
                }
                case "executeQuery" -> {
                    if (args == null) {
                        results = statement.executeQuery();
                        return results;
                    }
                }
                default -> {
                }
            }
            return call(statement, method, args);
        }

        /** Back to the cache: the result set closed (which resets the statement) and the parameters cleared. */
        private void release() throws SQLException {
            if (!inUse) {
                return;
            }
            inUse = false;
            try {
                if (results != null && !results.isClosed()) {
                    results.close();
                }
                results = null;
                statement.clearParameters();
            } finally {
                if (evicted) {
                    statement.close();
                }
            }
        }

        void evict() {
            evicted = true;
            if (!inUse) {
                try {
                    statement.close();
                } catch (SQLException e) {
                    // the statement is dropped either way
                }
            }
        }
    }
}
