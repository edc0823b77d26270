package org.stepwise.deprivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.shared.DomainException;

/** Finding the columns of ONS's postcode lookup and MHCLG's IMD file by their headers, and reading their rows. */
class ReferenceFilesTest {

    private static final String IMD_2019_FILE_7 = "LSOA code (2011),LSOA name (2011),"
            + "Local Authority District code (2019),Local Authority District name (2019),"
            + "Index of Multiple Deprivation (IMD) Score,"
            + "Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived),"
            + "Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs),"
            + "Income Decile (where 1 is most deprived 10% of LSOAs),"
            + "Income Deprivation Affecting Children Index (IDACI) Decile (where 1 is most deprived 10% of LSOAs)";

    @Test
    void findsThePostcodeAndLsoaColumnsInAnyCaseAndPlace() {
        PostcodeFile file = PostcodeFile.of("p.csv", List.of("PCD7", "OA21CD", "LSOA21CD", "PCDS"), null);
        assertThat(file.lsoaColumn()).isEqualTo("LSOA21CD");
        assertThat(file.read(List.of("LS1 4AP", "E00999901", " E01999901 ", "ls14ap"), at("p.csv")))
                .isEqualTo(new PostcodeFile.Entry("LS1 4AP", "E01999901"));
    }

    @Test
    void olderPostcodeFilesGiveThe2011Lsoas() {
        assertThat(PostcodeFile.of("p.csv", List.of("pcds", "lsoa11cd"), null).lsoaColumn()).isEqualTo("lsoa11cd");
        assertThat(PostcodeFile.of("p.csv", List.of("pcd", "pcds", "lsoa11"), null).lsoaYear()).isEqualTo(2011);
    }

    @Test
    void whenAPostcodeFileHasBothYearsTheImdFilesYearIsTaken() {
        List<String> both = List.of("pcds", "lsoa11", "lsoa21");
        assertThat(PostcodeFile.of("p.csv", both, 2011).lsoaColumn()).isEqualTo("lsoa11");
        assertThat(PostcodeFile.of("p.csv", both, 2021).lsoaColumn()).isEqualTo("lsoa21");
        assertThat(PostcodeFile.of("p.csv", both, null).lsoaColumn()).isEqualTo("lsoa21");
    }

    @Test
    void aPostcodeWithNoLsoaIsLeftOut() {
        PostcodeFile file = PostcodeFile.of("p.csv", List.of("pcds", "lsoa21cd"), null);
        assertThat(file.read(List.of("YO90 1ZZ", ""), at("p.csv"))).isNull();
    }

    @Test
    void aPostcodeFileWithoutItsColumnsOrWithBadValuesIsRefused() {
        assertThatThrownBy(() -> PostcodeFile.of("p.csv", List.of("postcode", "lsoa21cd"), null))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("p.csv: no pcds column");
        assertThatThrownBy(() -> PostcodeFile.of("p.csv", List.of("pcds", "oa21cd", "msoa21cd"), null))
                .isInstanceOf(DomainException.class).hasMessage("p.csv: no LSOA column (lsoa21cd or lsoa11cd)");
        PostcodeFile file = PostcodeFile.of("p.csv", List.of("pcds", "lsoa21cd"), null);
        assertThatThrownBy(() -> file.read(List.of("LS1", "E01999901"), at("p.csv")))
                .isInstanceOf(DomainException.class).hasMessage("p.csv, line 2: \"LS1\" in pcds is not a postcode");
        assertThatThrownBy(() -> file.read(List.of("LS1 4AP", "Leeds 001A"), at("p.csv")))
                .isInstanceOf(DomainException.class)
                .hasMessage("p.csv, line 2: \"Leeds 001A\" in lsoa21cd is not an area code such as E01000001");
    }

    @Test
    void findsTheImdDecileAmongEveryIndexsDeciles() {
        ImdFile file = ImdFile.of("imd.csv", List.of(IMD_2019_FILE_7.split(",")));
        assertThat(file.lsoaColumn()).isEqualTo("LSOA code (2011)");
        assertThat(file.decileColumn())
                .isEqualTo("Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)");
        assertThat(file.lsoaYear()).isEqualTo(2011);
        assertThat(file.read(List.of("E01999901", "Example 001A", "E06999901", "Example", "61.2", "120", " 1 ",
                "2", "3"), at("imd.csv"))).isEqualTo(new ImdFile.Entry("E01999901", 1));
    }

    @Test
    void readsFileOneOf2025WithItsShorterHeaders() {
        ImdFile file = ImdFile.of("imd.csv", List.of("lsoa code (2021)", "LSOA name (2021)",
                "Index of Multiple Deprivation (IMD) Rank", "INDEX OF MULTIPLE DEPRIVATION (IMD) DECILE"));
        assertThat(file.lsoaYear()).isEqualTo(2021);
        assertThat(file.read(List.of("E01999902", "Example", "33500", "10"), at("imd.csv")).decile()).isEqualTo(10);
    }

    @Test
    void anImdFileWithoutItsColumnsOrWithBadValuesIsRefused() {
        assertThatThrownBy(() -> ImdFile.of("imd.csv", List.of("LSOA code (2021)", "Income Decile")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("imd.csv: no IMD decile column");
        assertThatThrownBy(() -> ImdFile.of("imd.csv", List.of("Area", "IMD Decile")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("imd.csv: no LSOA code column");
        assertThatThrownBy(() -> ImdFile.of("imd.csv", List.of("LSOA code", "IMD decile", "IMD decile 2019")))
                .isInstanceOf(DomainException.class).hasMessage(
                        "imd.csv: more than one column could be the IMD decile (\"IMD decile\", \"IMD decile 2019\")");
        ImdFile file = ImdFile.of("imd.csv", List.of("LSOA code (2021)", "IMD Decile"));
        for (String decile : List.of("0", "11", "5.0", "", "ten")) {
            assertThatThrownBy(() -> file.read(List.of("E01999901", decile), at("imd.csv")))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("imd.csv, line 2: \"" + decile + "\" in \"IMD Decile\" is not a decile from 1 to 10");
        }
        assertThatThrownBy(() -> file.read(List.of("Example 001A", "3"), at("imd.csv")))
                .isInstanceOf(DomainException.class).hasMessage(
                        "imd.csv, line 2: \"Example 001A\" in \"LSOA code (2021)\" is not an LSOA code such as E01000001");
    }

    /** A file positioned on its second line, for the messages. */
    private static CsvRecords at(String name) {
        CsvRecords csv = new CsvRecords(new StringReader("h1,h2\nx,y\n"), name);
        csv.next();
        return csv;
    }
}
