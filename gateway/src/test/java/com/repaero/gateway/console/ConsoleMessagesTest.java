package com.repaero.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every French text has its English one, and no bundle grows past what Quarkus 3.29 can generate (a bundle of more
 * than 300 messages fails at start-up with a VerifyError in the generated resolver).
 */
class ConsoleMessagesTest {

    @ParameterizedTest
    @ValueSource(classes = {ConsoleMessages.class, PurchasingMessages.class, AccountingMessages.class,
            CustomerMessages.class, InvoicingMessages.class})
    void everyMessageIsInEnglishTooAndTheBundleStaysSmallEnough(Class<?> bundle) throws IOException {
        Set<String> french = Arrays.stream(bundle.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName).collect(Collectors.toSet());
        String name = bundle.getAnnotation(MessageBundle.class).value();
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/" + name + "_en.properties")) {
            assertThat(in).as("messages/%s_en.properties", name).isNotNull();
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(english.stringPropertyNames()).as("English texts of %s", bundle.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(french);
        assertThat(french).as("messages in %s", bundle.getSimpleName()).hasSizeLessThanOrEqualTo(300);
    }
}
