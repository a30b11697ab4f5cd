package com.repaero.supplier.bank.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.repaero.platform.problem.ProblemException;
import com.repaero.platform.problem.ProblemException.InvalidInput;
import com.repaero.platform.security.Roles;
import com.repaero.supplier.bank.domain.BankStatement;
import com.repaero.supplier.bank.domain.BankStatementLine;
import com.repaero.supplier.bank.domain.BankStatementService;

import io.quarkus.security.identity.SecurityIdentity;

/** camt.053 bank statements: imported once, reconciled with our transfers; unmatched lines matched by hand. */
@Path("/bank-statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bank statements")
public class BankStatementResource {

    private final BankStatementService statements;
    private final SecurityIdentity identity;

    static final String CAMT053_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
              <BkToCstmrStmt>
                <GrpHdr><MsgId>STMT-20261124</MsgId><CreDtTm>2026-11-24T06:00:00</CreDtTm></GrpHdr>
                <Stmt>
                  <Id>STMT-2026-328</Id>
                  <CreDtTm>2026-11-24T06:00:00</CreDtTm>
                  <Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></Acct>
                  <Ntry>
                    <Amt Ccy="EUR">1200.00</Amt>
                    <CdtDbtInd>DBIT</CdtDbtInd>
                    <BookgDt><Dt>2026-11-23</Dt></BookgDt>
                    <ValDt><Dt>2026-11-23</Dt></ValDt>
                    <AcctSvcrRef>BNK-88412</AcctSvcrRef>
                    <NtryDtls><TxDtls>
                      <Refs><EndToEndId>RA-51-317</EndToEndId></Refs>
                      <RmtInf><Ustrd>FA-2026-1187</Ustrd></RmtInf>
                    </TxDtls></NtryDtls>
                  </Ntry>
                </Stmt>
              </BkToCstmrStmt>
            </Document>
            """;

    public BankStatementResource(BankStatementService statements, SecurityIdentity identity) {
        this.statements = statements;
        this.identity = identity;
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Import a camt.053 bank statement", description = "Debit lines are reconciled on the "
            + "EndToEndId of our transfers (bill PAID, or PARTLY_PAID when less than due; emits PaymentReconciled). "
            + "The same statement Id again returns the statement imported first (200) and changes nothing. 422 "
            + "unreadable-statement.")
    @APIResponse(responseCode = "201", description = "Imported and reconciled; Location of the statement", content = @Content(schema = @Schema(implementation = BankStatementResponse.class)))
    @APIResponse(responseCode = "200", description = "This statement (same Stmt/Id) was imported before: that import, unchanged", content = @Content(schema = @Schema(implementation = BankStatementResponse.class)))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "camt.053", value = CAMT053_EXAMPLE)))
    public Response importStatement(String xml, UriInfo uri) {
        if (xml == null || xml.isBlank()) {
            throw new InvalidInput("body", "must be a camt.053 XML statement");
        }
        BankStatementService.Outcome outcome = statements.importStatement(xml, identity.getPrincipal().getName());
        BankStatementResponse body = BankStatementResponse.of(outcome.statement());
        if (!outcome.imported()) {
            return Response.ok(body).build();
        }
        URI location = uri.getAbsolutePathBuilder().path(outcome.statement().id.toString()).build();
        return Response.created(location).entity(body).build();
    }

    @GET
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Read an imported statement", description = "With its counts of matched, unmatched and "
            + "ignored (credit) lines.")
    public BankStatementResponse get(@PathParam("id") long id) {
        return BankStatementResponse.of(find(id));
    }

    @GET
    @Path("{id}/unmatched")
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "List the unmatched lines of a statement", description = "Debit lines whose EndToEndId is "
            + "none of ours, or whose amount is more than what remains due: to be matched by hand.")
    public List<StatementLineResponse> unmatched(@PathParam("id") long id) {
        return find(id).lines.stream().filter(l -> l.status == BankStatementLine.Status.UNMATCHED)
                .map(StatementLineResponse::of).toList();
    }

    @POST
    @Path("{id}/lines/{lineId}/match")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
    @Operation(summary = "Match a statement line by hand", description = "With a bill in a payment batch: the bill "
            + "becomes PAID or PARTLY_PAID (emits PaymentReconciled). 409 line-not-unmatched, 422 "
            + "bill-not-in-payment or amount-exceeds-remaining.")
    public StatementLineResponse match(@PathParam("id") long id, @PathParam("lineId") long lineId,
            @Valid @NotNull MatchLineRequest request) {
        return StatementLineResponse.of(statements.match(id, lineId, request.billId(),
                identity.getPrincipal().getName()));
    }

    private static BankStatement find(long id) {
        return BankStatement.<BankStatement>findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("Bank statement", id));
    }
}
