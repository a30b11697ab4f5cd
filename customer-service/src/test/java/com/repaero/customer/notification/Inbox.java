package com.repaero.customer.notification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.eclipse.microprofile.config.ConfigProvider;

/** Reads a recipient's mailbox on the test SMTP server (GreenMail) over POP3, and parses each message. */
public final class Inbox {

    private Inbox() {
    }

    /** A received email: subject, text body, attachments by file name. */
    public record Email(String subject, String from, String text, List<Attachment> attachments) {

        public Attachment attachment(String name) {
            return attachments.stream().filter(a -> a.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no attachment " + name + " in " + attachments));
        }
    }

    public record Attachment(String name, String contentType, String content) {
    }

    /** All messages of {@code address}, oldest first. */
    public static List<Email> of(String address) {
        Properties props = new Properties();
        Session session = Session.getInstance(props);
        int port = ConfigProvider.getConfig().getValue("repaero.test.pop3-port", Integer.class);
        try (Store store = session.getStore("pop3")) {
            store.connect("127.0.0.1", port, address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Email> emails = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                emails.add(parse(m));
            }
            inbox.close(false);
            return emails;
        } catch (jakarta.mail.AuthenticationFailedException e) {
            return List.of(); // no mailbox yet: nothing received
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (polling, no fixed sleep) until {@code address} has a message matching {@code filter}. */
    public static Email await(String address, Predicate<Email> filter) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (Email e : of(address)) {
                if (filter.test(e)) {
                    return e;
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("No matching email for " + address + "; received: " + of(address).stream()
                .map(Email::subject).toList());
    }

    public static Email awaitSubject(String address, String subjectPart) {
        return await(address, e -> e.subject().contains(subjectPart));
    }

    private static Email parse(Message m) throws MessagingException, IOException {
        StringBuilder text = new StringBuilder();
        List<Attachment> attachments = new ArrayList<>();
        collect(m, text, attachments);
        return new Email(m.getSubject(), m.getFrom()[0].toString(), text.toString(), attachments);
    }

    private static void collect(Part part, StringBuilder text, List<Attachment> attachments)
            throws MessagingException, IOException {
        if (part.getFileName() != null) {
            attachments.add(new Attachment(part.getFileName(), part.getContentType(), read(part.getInputStream())));
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, text, attachments);
            }
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
