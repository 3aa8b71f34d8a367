package de.willkommensakademie.people;

import java.security.SecureRandom;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.StandardPasswordEncoder;
import org.springframework.stereotype.Component;

/** Hashing and one-time passwords in one place. */
@Component
class Passwords {

    // No 0/O, 1/l/I: one-time passwords are read aloud or copied from paper.
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int ONE_TIME_LENGTH = 14;

    private final PasswordEncoder encoder;
    private final SecureRandom random = new SecureRandom();
    @SuppressWarnings("deprecation") // deliberately: see hashOneTime
    private final PasswordEncoder oneTimeEncoder = new StandardPasswordEncoder();

    Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    /**
     * A slow hash exists to make guessing a chosen, guessable password expensive. A one-time password is not chosen:
     * 14 characters drawn by {@link SecureRandom} from 56 carry about 81 bits, far beyond what any number of
     * guesses can reach, fast hash or not; it also lives only until the first sign-in, where the person must replace
     * it (with a full-cost hash). So it gets salted, iterated SHA-256 (Spring Security's {@code {sha256}} encoder,
     * which the delegating encoder still verifies), and a CSV import of 2,000 people takes a second, not minutes.
     */
    String hashOneTime(String oneTimePassword) {
        return "{sha256}" + oneTimeEncoder.encode(oneTimePassword);
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
