package com.repaero.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds small camt.053.001.08 statements for tests (the services that import statements share it). */
public final class StatementXml {

    private final String id = "STMT-" + UUID.randomUUID().toString().substring(0, 20);
    private final List<String> entries = new ArrayList<>();

    private StatementXml() {
    }

    public static StatementXml aStatement() {
        return new StatementXml();
    }

    public String id() {
        return id;
    }

    /** A debit entry paying one of our transfers. */
    public StatementXml debit(String amount, String endToEndId) {
        return entry(amount, "DBIT", tx(null, endToEndId, "FA"));
    }

    /** One debit booking grouping several transfers: pairs of amount and EndToEndId. */
    public StatementXml groupedDebit(String total, String... amountsAndIds) {
        StringBuilder txs = new StringBuilder();
        for (int i = 0; i < amountsAndIds.length; i += 2) {
            txs.append(tx(amountsAndIds[i], amountsAndIds[i + 1], "FA"));
        }
        return entry(total, "DBIT", txs.toString());
    }

    public StatementXml credit(String amount) {
        return entry(amount, "CRDT", tx(null, "NOTPROVIDED", "Client payment"));
    }

    /** A credit entry (a customer paying us) with the payer's EndToEndId and unstructured remittance text. */
    public StatementXml credit(String amount, String endToEndId, String remittance) {
        return entry(amount, "CRDT", tx(null, endToEndId, remittance));
    }

    /** One credit booking grouping several payments: triples of amount, EndToEndId and remittance text. */
    public StatementXml groupedCredit(String total, String... amountsIdsAndRemittances) {
        StringBuilder txs = new StringBuilder();
        for (int i = 0; i < amountsIdsAndRemittances.length; i += 3) {
            txs.append(
                    tx(amountsIdsAndRemittances[i], amountsIdsAndRemittances[i + 1], amountsIdsAndRemittances[i + 2]));
        }
        return entry(total, "CRDT", txs.toString());
    }

    private StatementXml entry(String amount, String indicator, String txs) {
        entries.add("""
                <Ntry>
                  <Amt Ccy="EUR">%s</Amt>
                  <CdtDbtInd>%s</CdtDbtInd>
                  <Sts><Cd>BOOK</Cd></Sts>
                  <BookgDt><Dt>2026-12-02</Dt></BookgDt>
                  <ValDt><Dt>2026-12-02</Dt></ValDt>
                  <AcctSvcrRef>REF-%d</AcctSvcrRef>
                  <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                  <NtryDtls>%s</NtryDtls>
                </Ntry>""".formatted(amount, indicator, entries.size() + 1, txs));
        return this;
    }

    private static String tx(String amount, String endToEndId, String remittance) {
        return """
                <TxDtls>
                  <Refs><EndToEndId>%s</EndToEndId></Refs>
                  %s
                  <RmtInf><Ustrd>%s</Ustrd></RmtInf>
                </TxDtls>""".formatted(endToEndId, amount == null ? "" : "<Amt Ccy=\"EUR\">" + amount + "</Amt>",
                remittance);
    }

    public String build() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>MSG-%1$s</MsgId><CreDtTm>2026-12-03T06:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>%1$s</Id>
                      <CreDtTm>2026-12-03T06:00:00</CreDtTm>
                      <Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></Acct>
                      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">10000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-12-01</Dt></Dt></Bal>
                      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">8000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-12-02</Dt></Dt></Bal>
                      %2$s
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>"""
                .formatted(id, String.join("\n", entries));
    }
}
