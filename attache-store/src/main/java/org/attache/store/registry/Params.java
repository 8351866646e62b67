package org.attache.store.registry;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Binds statement parameters by their Java type. */
final class Params {
    private Params() {
    }

    static void bind(PreparedStatement st, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            switch (p) {
                case null -> st.setNull(i + 1, Types.VARCHAR);
                case String s -> st.setString(i + 1, s);
                case Integer n -> st.setInt(i + 1, n);
                case Long n -> st.setLong(i + 1, n);
                default -> throw new IllegalArgumentException("unsupported parameter type " + p.getClass());
            }
        }
    }
}
