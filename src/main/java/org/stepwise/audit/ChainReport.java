package org.stepwise.audit;

import java.util.UUID;

/**
 * The result of checking one chain.
 *
 * @param checked  how many events were found intact before the break (all of them when there is none)
 * @param headSeq  the last event the chain head records
 * @param headHash the head's hash in hex, which an operator can keep elsewhere to anchor the chain
 * @param broken   the first break, or null when the chain is intact
 */
public record ChainReport(UUID chain, long checked, long headSeq, String headHash, ChainBreak broken) {

    public boolean intact() {
        return broken == null;
    }

    /** The head hash in groups of eight, to read aloud, compare by eye and wrap on a narrow screen. */
    public String headHashInGroups() {
        return headHash == null ? null : headHash.replaceAll("(.{8})(?!$)", "$1 ");
    }

    public boolean installationChain() {
        return AuditChain.INSTALLATION.equals(chain);
    }
}
