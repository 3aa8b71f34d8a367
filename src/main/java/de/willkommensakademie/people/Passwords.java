package de.willkommensakademie.people;

import java.security.SecureRandom;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Hashing and one-time passwords in one place. */
@Component
class Passwords {

    // No 0/O, 1/l/I: one-time passwords are read aloud or copied from paper.
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int ONE_TIME_LENGTH = 14;

    private final PasswordEncoder encoder;
    private final SecureRandom random = new SecureRandom();
    private final BCryptPasswordEncoder oneTimeEncoder = new BCryptPasswordEncoder(6);

    Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    /**
     * One-time passwords carry about 80 bits of randomness, so a low bcrypt cost protects them as well as the full
     * cost protects a chosen password, and a CSV import of many people does not take minutes.
     */
    String hashOneTime(String oneTimePassword) {
        return "{bcrypt}" + oneTimeEncoder.encode(oneTimePassword);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    String newOneTimePassword() {
        StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
