package org.stepwise.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many rows each table of one month's extract holds, and the notes that travel with the files. */
public record ExtractSummary(ReportingMonth month, Map<String, Long> rows) {

    /**
     * Tables of the data set that Stepwise has nothing to fill with yet; each is left out of the zip rather than
     * sent with invented rows.
     */
    static final Map<String, String> NOT_RECORDED = Map.ofEntries(
            Map.entry("IDS003AccommodationStatus", "accommodation is not recorded"),
            Map.entry("IDS004EmpStatus", "employment status is not recorded"),
            Map.entry("IDS007DisabilityType", "disability is not recorded"),
            Map.entry("IDS011SocPerCircumstances", "social and personal circumstances are not recorded"),
            Map.entry("IDS012OverseasVisitorChargCat", "overseas visitor charging category is not recorded"),
            Map.entry("IDS108WaitingTimePauses", "waiting-time pauses are not recorded"),
            Map.entry("IDS205InternetTherLog", "internet-enabled therapy use is not logged"),
            Map.entry("IDS602LongTermCondition", "long-term conditions are not recorded"),
            Map.entry("IDS803CareCluster", "care clusters are not used in talking therapies"),
            Map.entry("IDS902CarePersQual", "care professionals' qualifications are not recorded"));

    public ExtractSummary {
        // In the order the files are written, for the README and the page.
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    public long rowsIn(String table) {
        return rows.getOrDefault(table, 0L);
    }

    String readme(String serviceName) {
        StringBuilder text = new StringBuilder();
        text.append("NHS Talking Therapies data set v").append(DatasetExtract.DATA_SET_VERSION).append(" extract\r\n");
        text.append(serviceName).append(", ").append(month.label()).append(" (").append(month.firstDay())
                .append(" to ").append(month.lastDay()).append(")\r\n\r\nRows per table:\r\n");
        rows.forEach((table, n) -> text.append("  ").append(table).append(": ").append(n).append("\r\n"));
        text.append("\r\nTables not included, because Stepwise holds nothing for them:\r\n");
        NOT_RECORDED.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                text.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append("\r\n"));
        text.append("\r\nFields left empty: LanguageCodePreferred (not recorded); EthnicCategory where not yet ")
                .append("asked; OrgIDComm (not ")
                .append("recorded); OnwardReferReason and OrgIDReceiving (recorded in words, not as codes); ")
                .append("FindSchemeInUse, PresCompCodSig, PresCompDate; AssToolCompTime (only the date is recorded).")
                .append("\r\nQuestionnaires without a confirmed SNOMED CT code for their total are not included.\r\n");
        return text.toString();
    }
}
