package com.repaero.supplier.bank;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** Drives the bank fake through WireMock's admin API; answers are chosen per file (X-Message-Id). */
public final class BankFake {

    public static final String PATH = "/sepa/pain001";

    private final WireMock wireMock;

    private BankFake(WireMock wireMock) {
        this.wireMock = wireMock;
    }

    public static BankFake connect() {
        URI url = URI.create(ConfigProvider.getConfig().getValue("repaero.bank.url", String.class));
        int adminPort = ConfigProvider.getConfig().getValue(BankFakeResource.ADMIN_PORT, Integer.class);
        return new BankFake(new WireMock(url.getHost(), adminPort));
    }

    /** The bank answers this HTTP status to the file with this MsgId. */
    public void answers(String messageId, int status) {
        wireMock.register(post(urlEqualTo(PATH)).withHeader("X-Message-Id", equalTo(messageId))
                .willReturn(aResponse().withStatus(status).withHeader("X-Bank-Reference", "BNK-" + messageId)
                        .withBody(status >= 400 ? "<Error>rejected " + status + "</Error>" : "")));
    }

    public List<LoggedRequest> received(String messageId) {
        return wireMock.find(postRequestedFor(urlEqualTo(PATH)).withHeader("X-Message-Id", equalTo(messageId)));
    }
}
