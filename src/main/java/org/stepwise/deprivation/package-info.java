/**
 * Deprivation: England's Index of Multiple Deprivation (IMD) decile of the area a postcode lies in, from the two
 * national files an operator loads ({@code --stepwise.deprivation.load}): ONS's postcode to Lower layer Super Output
 * Area (LSOA) lookup and MHCLG's IMD by LSOA. Reference data for the whole country, the same for every service; it
 * holds no patient data. Outcomes read a patient's decile through their postcode (docs/outcomes.md).
 */
package org.stepwise.deprivation;
