package org.stepwise.deprivation;

import java.util.List;
import org.stepwise.shared.DomainException;

/**
 * MHCLG's English Indices of Deprivation by LSOA (File 1, the IMD, saved as CSV; or File 7, every index, which is
 * published as CSV): the column whose header says "LSOA" and "code", and the IMD decile column, whose header says
 * "decile" and "IMD" or "Index of Multiple Deprivation" (the other indices' deciles say neither).
 */
final class ImdFile {

    record Entry(String lsoaCode, int decile) {
    }

    private final List<String> header;
    private final int lsoa;
    private final int decile;

    private ImdFile(List<String> header, int lsoa, int decile) {
        this.header = header;
        this.lsoa = lsoa;
        this.decile = decile;
    }

    static ImdFile of(String file, List<String> header) {
        int lsoa = Headers.find(file, header, h -> h.contains("lsoa") && h.contains("code")
                || h.equals("lsoa21cd") || h.equals("lsoa11cd"), "the LSOA code");
        int decile = Headers.find(file, header, h -> h.contains("decile")
                && (h.contains("index of multiple deprivation") || h.matches(".*\\bimd\\b.*")), "the IMD decile");
        if (lsoa < 0 || decile < 0) {
            throw new DomainException(file + ": no " + (lsoa < 0 ? "LSOA code column (a header such as "
                    + "\"LSOA code (2021)\")" : "IMD decile column (a header such as "
                    + "\"Index of Multiple Deprivation (IMD) Decile\")")
                    + "; is this MHCLG's English Indices of Deprivation by LSOA?");
        }
        return new ImdFile(header, lsoa, decile);
    }

    String lsoaColumn() {
        return header.get(lsoa).strip();
    }

    String decileColumn() {
        return header.get(decile).strip();
    }

    /** 2011 or 2021 when the LSOA column's header names the year, otherwise null. */
    Integer lsoaYear() {
        String h = Headers.plain(lsoaColumn());
        return h.contains("2011") || h.startsWith("lsoa11") ? Integer.valueOf(2011)
                : h.contains("2021") || h.startsWith("lsoa21") ? Integer.valueOf(2021) : null;
    }

    Entry read(List<String> row, CsvRecords at) {
        String area = row.get(lsoa).strip();
        if (!PostcodeFile.AREA_CODE.matcher(area).matches()) {
            throw at.refused("\"" + area + "\" in \"" + lsoaColumn() + "\" is not an LSOA code such as E01000001");
        }
        String value = row.get(decile).strip();
        int d;
        try {
            d = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            d = 0;
        }
        if (!ImdDecile.valid(d)) {
            throw at.refused("\"" + value + "\" in \"" + decileColumn() + "\" is not a decile from 1 to 10");
        }
        return new Entry(area, d);
    }
}
