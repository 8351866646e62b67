package org.attache.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.attache.app.Main;

/**
 * The tables of a batch, written as Parquet from its staging store: {@code articles}, {@code mentions},
 * {@code entities}, {@code offices}, {@code events}, {@code event_actors} and {@code stories}, with the columns
 * named as the JSON records name their fields; {@code articles}, {@code mentions} and {@code events} partitioned by
 * the article's publication month ({@code published_month=yyyy-MM}, or Hive's default partition for an article with
 * no date); and the events as PLOVER JSON and CAMEO TSV, written by the same code as {@code attache export}.
 */
final class BatchTables {
    /** Each table and the query of the staging store that gives its rows, in the store's order. */
    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    /** The month of an article's publication date (yyyy-MM), null when it has none: the tables' partition key. */
    static final String MONTH = "published_month";

    private static String month(String published) {
        return "CASE WHEN " + published + " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN substr(" + published
                + ", 1, 7) END AS " + MONTH;
    }

    static {
        QUERIES.put("articles", "SELECT id, source, url, outlet, title, title_derived, body, captions, byline,"
                + " dateline, published_value AS published, published_provenance, updated_value AS updated,"
                + " updated_provenance, language, links, duplicate_of, duplicate_kind, story_id, relevance,"
                + " relevance_score, " + month("published_value") + " FROM articles ORDER BY seq");
        QUERIES.put("mentions", "SELECT m.article_id, m.start_offset AS start, m.end_offset AS \"end\", m.entity_id,"
                + " m.text, m.type, m.sentence, " + month("a.published_value") + " FROM entity_mentions m"
                + " JOIN articles a ON a.id = m.article_id ORDER BY m.article_id, m.start_offset, m.end_offset");
        QUERIES.put("entities", "SELECT id, type, name, country, country_source FROM entities ORDER BY id");
        QUERIES.put("offices", "SELECT entity_id, article_id, start_offset AS start, end_offset AS \"end\", title,"
                + " organization, country, former, published_date FROM entity_offices"
                + " ORDER BY entity_id, article_id, start_offset, end_offset");
        QUERIES.put("events", "SELECT e.id, e.article_id, e.position, e.type, e.cameo, e.mode, e.context, e.status,"
                + " e.trigger_text, e.location, e.date_start, e.date_end, e.date_precision, e.date_text,"
                + " e.evidence_start, e.evidence_end, e.evidence_text, e.confidence, e.story_id, "
                + month("a.published_value") + " FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.id");
        QUERIES.put("event_actors", "SELECT event_id, role, position, entity_id, name, country, country_source,"
                + " sector FROM event_actors ORDER BY event_id, role, position");
        QUERIES.put("stories", "SELECT id, type, dyad, first_day, last_day, headline, events, articles, sources"
                + " FROM stories ORDER BY id");
    }

    private BatchTables() {
    }

    /** Rows of a table held on the driver at once: each chunk is appended to the table as files of its own. */
    static final int CHUNK_ROWS = 50_000;

    /**
     * Writes each table of {@link #QUERIES} as {@code out/NAME} (Parquet), read from the SQLite file {@code db} in
     * chunks of {@link #CHUNK_ROWS} rows, so the driver's memory does not grow with the corpus.
     */
    static void write(SparkSession spark, Path db, Path out) {
        write(spark, db, out, CHUNK_ROWS);
    }

    /** As {@link #write(SparkSession, Path, Path)}, {@code chunkRows} rows at a time. */
    static void write(SparkSession spark, Path db, Path out, int chunkRows) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement()) {
            for (Map.Entry<String, String> table : QUERIES.entrySet()) {
                try (ResultSet rs = st.executeQuery(table.getValue())) {
                    ResultSetMetaData meta = rs.getMetaData();
                    StructType schema = new StructType();
                    DataType[] types = new DataType[meta.getColumnCount()];
                    for (int i = 1; i <= types.length; i++) {
                        types[i - 1] = sparkType(meta.getColumnTypeName(i));
                        schema = schema.add(meta.getColumnLabel(i), types[i - 1], true);
                    }
                    String path = out.resolve(table.getKey()).toString();
                    List<Row> rows = new ArrayList<>();
                    boolean written = false;
                    while (rs.next()) {
                        Object[] values = new Object[types.length];
                        for (int i = 0; i < types.length; i++) {
                            values[i] = value(rs, i + 1, types[i]);
                        }
                        rows.add(RowFactory.create(values));
                        if (rows.size() == chunkRows) {
                            append(spark, rows, schema, path);
                            rows = new ArrayList<>();
                            written = true;
                        }
                    }
                    if (!rows.isEmpty() || !written) {
                        append(spark, rows, schema, path); // an empty table still has its schema
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the staging store " + db + " failed: " + e.getMessage(), e);
        }
    }

    private static void append(SparkSession spark, List<Row> rows, StructType schema, String path) {
        // the output folder is new (batch refuses an existing one), so appending only adds this run's chunks
        var writer = spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Append);
        if (List.of(schema.fieldNames()).contains(MONTH)) {
            // a month's articles, mentions and events in a folder of their own: a reader of a period (Spark,
            // DuckDB, pandas) opens only its months
            writer = writer.partitionBy(MONTH);
        }
        writer.parquet(path);
    }

    /** The Spark type of a column by its declared SQLite type (the migrations use these four). */
    private static DataType sparkType(String declared) {
        String t = declared == null ? "" : declared.toUpperCase(java.util.Locale.ROOT);
        if (t.contains("BIGINT") || t.contains("INT")) {
            return DataTypes.LongType;
        }
        if (t.contains("DOUBLE") || t.contains("REAL") || t.contains("FLOAT")) {
            return DataTypes.DoubleType;
        }
        return DataTypes.StringType;
    }

    private static Object value(ResultSet rs, int column, DataType type) throws SQLException {
        Object v = rs.getObject(column);
        if (v == null) {
            return null;
        }
        if (type == DataTypes.LongType) {
            return rs.getLong(column);
        }
        if (type == DataTypes.DoubleType) {
            return rs.getDouble(column);
        }
        return rs.getString(column);
    }

    /** Writes {@code plover.json} and {@code events.cameo.tsv} from the staging store with {@code attache export}. */
    static void exports(Path staging, Path out) {
        export(staging, "plover", out.resolve("events.plover.json"));
        export(staging, "cameo-tsv", out.resolve("events.cameo.tsv"));
    }

    private static void export(Path staging, String format, Path file) {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"export", "--format", format, "--data", staging.toString(), file.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        if (code != 0) {
            throw new IllegalStateException("export " + format + " failed: " + err.toString().strip());
        }
    }

}
