package org.stepwise.deprivation;

import java.util.List;
import java.util.regex.Pattern;
import org.stepwise.shared.DomainException;

/**
 * ONS's postcode lookup ("Postcode to OA (2021) to LSOA to MSOA to LAD", or the ONS Postcode Directory): the
 * postcode from {@code pcds} and its LSOA from {@code lsoa21cd} or {@code lsoa11cd} (the Directory calls them
 * {@code lsoa21} and {@code lsoa11}). When a file has both, the LSOAs of the IMD file's year are taken.
 */
final class PostcodeFile {

    /** A GSS area code: a letter and eight digits (E01… is an English LSOA, W01… a Welsh one). */
    static final Pattern AREA_CODE = Pattern.compile("[A-Z][0-9]{8}");

    private static final List<String> LSOA_2021 = List.of("lsoa21cd", "lsoa21");
    private static final List<String> LSOA_2011 = List.of("lsoa11cd", "lsoa11");

    record Entry(String postcode, String lsoaCode) {
    }

    private final String file;
    private final int postcode;
    private final int lsoa;
    private final String lsoaColumn;

    private PostcodeFile(String file, int postcode, int lsoa, String lsoaColumn) {
        this.file = file;
        this.postcode = postcode;
        this.lsoa = lsoa;
        this.lsoaColumn = lsoaColumn;
    }

    /** @param lsoaYear the IMD file's LSOA year (2011 or 2021), or null when it does not say */
    static PostcodeFile of(String file, List<String> header, Integer lsoaYear) {
        int postcode = Headers.named(header, "pcds");
        if (postcode < 0) {
            throw new DomainException(file + ": no pcds column (the postcode as ONS writes it, such as \"LS1 4AP\");"
                    + " is this ONS's postcode to LSOA lookup?");
        }
        List<String> order = lsoaYear != null && lsoaYear == 2011
                ? List.of(LSOA_2011.get(0), LSOA_2011.get(1), LSOA_2021.get(0), LSOA_2021.get(1))
                : List.of(LSOA_2021.get(0), LSOA_2021.get(1), LSOA_2011.get(0), LSOA_2011.get(1));
        for (String name : order) {
            int lsoa = Headers.named(header, name);
            if (lsoa >= 0) {
                return new PostcodeFile(file, postcode, lsoa, header.get(lsoa).strip());
            }
        }
        throw new DomainException(file + ": no LSOA column (lsoa21cd or lsoa11cd)");
    }

    String lsoaColumn() {
        return lsoaColumn;
    }

    /** The LSOA year of the column taken. */
    int lsoaYear() {
        return Headers.plain(lsoaColumn).startsWith("lsoa11") ? 2011 : 2021;
    }

    /** The row's postcode and LSOA, or null when the row gives the postcode no LSOA. */
    Entry read(List<String> row, CsvRecords at) {
        String code = Postcodes.normalise(row.get(postcode));
        if (code == null) {
            throw at.refused("\"" + row.get(postcode) + "\" in pcds is not a postcode");
        }
        String area = row.get(lsoa).strip();
        if (area.isEmpty()) {
            return null;
        }
        if (!AREA_CODE.matcher(area).matches()) {
            throw at.refused("\"" + area + "\" in " + lsoaColumn + " is not an area code such as E01000001");
        }
        return new Entry(code, area);
    }
}
