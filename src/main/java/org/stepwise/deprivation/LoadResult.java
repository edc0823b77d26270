package org.stepwise.deprivation;

/**
 * What a load read: each file, the columns taken from it and how many rows it gave, and how many English LSOAs
 * that postcodes lie in have no decile (a sign that the two files use different years' LSOAs).
 */
record LoadResult(String postcodeFile, String lsoaColumn, int postcodes, int postcodesWithoutLsoa, String imdFile,
                  String imdLsoaColumn, String decileColumn, int lsoas, int englishLsoasWithoutDecile) {
}
