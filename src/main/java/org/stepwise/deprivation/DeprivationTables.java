package org.stepwise.deprivation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.shared.DomainException;

/** The reference tables of V31: written whole by a load, never per service. */
@Component
class DeprivationTables {

    private static final Pattern DUPLICATE = Pattern.compile("Key \\([a-z_]+\\)=\\((.*)\\) already exists");

    private final JdbcClient jdbc;

    DeprivationTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empties both tables; readers keep seeing the previous load until the load's transaction commits. */
    void clear() {
        jdbc.sql("delete from deprivation_postcode").update();
        jdbc.sql("delete from deprivation_lsoa").update();
    }

    void addLsoas(List<ImdFile.Entry> batch, String file) {
        insert("""
                insert into deprivation_lsoa (lsoa_code, imd_decile)
                select * from unnest(cast(:first as text[]), cast(:second as integer[]))
                """, batch.stream().map(ImdFile.Entry::lsoaCode).toArray(String[]::new),
                batch.stream().map(ImdFile.Entry::decile).toArray(Integer[]::new), file, "LSOA");
    }

    void addPostcodes(List<PostcodeFile.Entry> batch, String file) {
        insert("""
                insert into deprivation_postcode (postcode, lsoa_code)
                select * from unnest(cast(:first as text[]), cast(:second as text[]))
                """, batch.stream().map(PostcodeFile.Entry::postcode).toArray(String[]::new),
                batch.stream().map(PostcodeFile.Entry::lsoaCode).toArray(String[]::new), file, "postcode");
    }

    private void insert(String sql, Object[] first, Object[] second, String file, String what) {
        try {
            jdbc.sql(sql).param("first", first).param("second", second).update();
        } catch (DuplicateKeyException e) {
            Matcher m = DUPLICATE.matcher(String.valueOf(e.getMessage()));
            throw new DomainException(file + ": lists " + (m.find() ? "the " + what + " " + m.group(1) : "a " + what)
                    + " more than once");
        }
    }

    void record(LoadResult result, String operator, Instant at) {
        jdbc.sql("""
                insert into deprivation_load (loaded_at, loaded_by, postcode_file, lsoa_column, postcodes, imd_file,
                                              imd_lsoa_column, imd_decile_column, lsoas)
                values (:at, :by, :postcodeFile, :lsoaColumn, :postcodes, :imdFile, :imdLsoaColumn, :decileColumn,
                        :lsoas)
                """).param("at", Timestamp.from(at)).param("by", operator)
                .param("postcodeFile", result.postcodeFile()).param("lsoaColumn", result.lsoaColumn())
                .param("postcodes", result.postcodes()).param("imdFile", result.imdFile())
                .param("imdLsoaColumn", result.imdLsoaColumn()).param("decileColumn", result.decileColumn())
                .param("lsoas", result.lsoas()).update();
    }

    /** English LSOAs (E01…) that postcodes lie in but the IMD file does not give a decile. */
    int englishLsoasWithoutDecile() {
        return jdbc.sql("""
                select count(distinct p.lsoa_code) from deprivation_postcode p
                 where p.lsoa_code like 'E01%'
                   and not exists (select 1 from deprivation_lsoa l where l.lsoa_code = p.lsoa_code)
                """).query(Integer.class).single();
    }
}
