package com.repaero.supplier.bank.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.Result;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.SchemaOutputResolver;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import com.prowidesoftware.swift.model.mx.MxPain00100109;

/**
 * Validates the written pain.001 with javax.xml.validation. The official ISO 20022 XSD is in no artifact of the
 * registry we can reach (not in pw-iso20022 nor its dependencies, ADR 0007), so the schema is generated from the
 * library's JAXB model of pain.001.001.09 (itself generated from the official XSD): it checks namespace, element
 * names, order, nesting and cardinalities, not the facets (lengths, patterns), which SepaText and the tests cover.
 */
class Pain001SchemaTest {

    private static Schema schema;

    @BeforeAll
    static void schemaFromTheIsoModel() throws Exception {
        // Not the official XSD (unavailable): see the class comment.
        List<StringWriter> files = new ArrayList<>();
        JAXBContext.newInstance(MxPain00100109._classes).generateSchema(new SchemaOutputResolver() {
            @Override
            public Result createOutput(String namespace, String suggestedFileName) throws IOException {
                StringWriter file = new StringWriter();
                files.add(file);
                StreamResult result = new StreamResult(file);
                result.setSystemId(suggestedFileName);
                return result;
            }
        });
        // JAXB puts the model's types in a schema without namespace, its elements unqualified; the official XSD has
        // them all in the pain.001.001.09 namespace with elementFormDefault="qualified", so the types are re-homed.
        assertThat(files).as("the Document schema and the types schema").hasSize(2);
        String types = files.stream().map(StringWriter::toString).filter(f -> !f.contains("targetNamespace"))
                .findFirst().orElseThrow();
        String xsd = types.replaceFirst("<xs:schema ([^>]*)>", "<xs:schema $1 targetNamespace=\"" + Pain001.NAMESPACE
                + "\" xmlns=\"" + Pain001.NAMESPACE + "\" elementFormDefault=\"qualified\">"
                + "<xs:element name=\"Document\" type=\"Document\"/>");
        schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(new StringReader(xsd)));
    }

    @Test
    void theWrittenFileIsValid() throws Exception {
        String xml = Pain001.write(Pain001Files.twoTransfers());

        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void aMisplacedElementIsRejected() {
        // Proves the validation bites: ChrgBr moved before the debtor is out of the schema's order.
        String xml = Pain001.write(Pain001Files.twoTransfers()).replace("<ChrgBr>SLEV</ChrgBr>", "")
                .replace("<PmtMtd>TRF</PmtMtd>", "<PmtMtd>TRF</PmtMtd><ChrgBr>SLEV</ChrgBr>");

        assertThatThrownBy(() -> schema.newValidator().validate(new StreamSource(new StringReader(xml))))
                .isInstanceOf(SAXException.class).hasMessageContaining("ChrgBr");
    }

    @Test
    void aWrongNamespaceIsRejected() {
        String xml = Pain001.write(Pain001Files.twoTransfers()).replace("pain.001.001.09", "pain.001.001.03");

        assertThatThrownBy(() -> schema.newValidator().validate(new StreamSource(new StringReader(xml))))
                .isInstanceOf(SAXException.class);
        assertThat(xml).contains("pain.001.001.03");
    }
}
