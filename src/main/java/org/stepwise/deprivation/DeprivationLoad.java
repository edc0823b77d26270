package org.stepwise.deprivation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.BufferedReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.DomainException;

/**
 * Replaces the postcode and IMD tables with what two national files hold, in one transaction: a file that cannot be
 * read whole, line by line, changes nothing. Both files are streamed, so the national postcode file (some 2.7
 * million rows) is never held in memory.
 */
@Component
class DeprivationLoad {

    private static final int BATCH = 10_000;

    private final DeprivationTables tables;
    private final Clock clock;

    DeprivationLoad(DeprivationTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    @Transactional
    LoadResult load(Path postcodeFile, Path imdFile, String operator) {
        tables.clear();
        try (Reader imdIn = open(imdFile); Reader postcodeIn = open(postcodeFile)) {
            CsvRecords imdRows = new CsvRecords(imdIn, imdFile.toString());
            ImdFile imd = ImdFile.of(imdFile.toString(), imdRows.header());
            CsvRecords postcodeRows = new CsvRecords(postcodeIn, postcodeFile.toString());
            PostcodeFile postcodes = PostcodeFile.of(postcodeFile.toString(), postcodeRows.header(), imd.lsoaYear());
            int lsoas = loadLsoas(imd, imdRows, imdFile.toString());
            int[] counts = loadPostcodes(postcodes, postcodeRows, postcodeFile.toString());
            LoadResult result = new LoadResult(postcodeFile.toString(), postcodes.lsoaColumn(), counts[0], counts[1],
                    imdFile.toString(), imd.lsoaColumn(), imd.decileColumn(), lsoas,
                    tables.englishLsoasWithoutDecile());
            tables.record(result, operator, Instant.now(clock));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int loadLsoas(ImdFile imd, CsvRecords rows, String file) {
        Set<String> seen = new HashSet<>();
        List<ImdFile.Entry> batch = new ArrayList<>(BATCH);
        int count = 0;
        for (List<String> row = rows.next(); row != null; row = rows.next()) {
            ImdFile.Entry entry = imd.read(row, rows);
            if (!seen.add(entry.lsoaCode())) {
                throw rows.refused("LSOA " + entry.lsoaCode() + " is listed a second time");
            }
            batch.add(entry);
            count++;
            if (batch.size() == BATCH) {
                tables.addLsoas(batch, file);
                batch.clear();
            }
        }
        if (count == 0) {
            throw new DomainException(file + " has a header but no LSOAs");
        }
        tables.addLsoas(batch, file);
        return count;
    }

    /** @return postcodes loaded, and rows without an LSOA (left out) */
    private int[] loadPostcodes(PostcodeFile postcodes, CsvRecords rows, String file) {
        List<PostcodeFile.Entry> batch = new ArrayList<>(BATCH);
        int count = 0;
        int withoutLsoa = 0;
        for (List<String> row = rows.next(); row != null; row = rows.next()) {
            PostcodeFile.Entry entry = postcodes.read(row, rows);
            if (entry == null) {
                withoutLsoa++;
                continue;
            }
            batch.add(entry);
            count++;
            if (batch.size() == BATCH) {
                tables.addPostcodes(batch, file);
                batch.clear();
            }
        }
        if (count == 0) {
            throw new DomainException(file + " has no postcodes with an LSOA");
        }
        tables.addPostcodes(batch, file);
        return new int[] {count, withoutLsoa};
    }

    /** UTF-8, as both publishers write; a byte that is not UTF-8 can only be in a name, never a code, so is let by. */
    private static Reader open(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new DomainException(file + " is not a file that can be read");
        }
        try {
            return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                    .newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
