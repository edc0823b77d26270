package org.stepwise.outcomes;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.stepwise.contact.Intervention;
import org.stepwise.deprivation.ImdDecile;
import org.stepwise.patient.EthnicCategory;
import org.stepwise.patient.Gender;
import org.stepwise.referral.ReferralSource;

/** Dimension values in words. */
public final class Labels {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private Labels() {
    }

    /** @param staffNames practitioners' names by their id's text */
    static String of(Dimension dimension, String key, Map<String, String> staffNames) {
        if (key == null || key.isEmpty()) {
            return switch (dimension) {
                case STEP -> "No step";
                case PRACTITIONER -> "No practitioner";
                case INTERVENTION -> "Not recorded";
                case ETHNICITY -> "Not yet asked";
                default -> "Not known";
            };
        }
        return switch (dimension) {
            case MONTH -> month(YearMonth.parse(key));
            case STEP -> "Step " + key;
            case PRACTITIONER -> staffNames.getOrDefault(key, "Former member of staff");
            case INTERVENTION -> Intervention.ofSnomed(key).map(Intervention::label).orElse("SNOMED " + key);
            case SOURCE -> ReferralSource.ofCode(key).map(s -> key + " " + s.label()).orElse(key);
            case AGE_BAND -> Band.AGES.stream().filter(b -> b.code().equals(key)).map(Band::label).findFirst()
                    .orElse(key);
            case GENDER -> gender(key);
            case ETHNICITY -> ethnicity(key);
            case DEPRIVATION -> ImdDecile.label(Integer.parseInt(key));
        };
    }

    public static String month(YearMonth month) {
        return month.format(MONTH);
    }

    private static String ethnicity(String code) {
        try {
            return EthnicCategory.ofCode(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String gender(String code) {
        try {
            return Gender.ofCode(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
