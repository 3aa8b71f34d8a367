package de.willkommensakademie.people;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;

import de.willkommensakademie.base.DemoMode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Demo data off is decided when the runner runs, not by leaving its bean out: a jar built with Spring AOT keeps every
 * bean it saw at build time, so only this check keeps {@code DEMO_DATA=false} (the default) from filling a database.
 */
class DemoDataOffTest {

    private final DemoMode demo = mock(DemoMode.class);
    private final AuthorityRepository authorities = mock(AuthorityRepository.class);
    private final PlatformOperatorRepository operators = mock(PlatformOperatorRepository.class);
    private final EmployeeRepository employees = mock(EmployeeRepository.class);
    private final DemoData runner = new DemoData(demo, authorities, mock(JobRoleRepository.class),
            mock(TeamRepository.class), employees, operators, new Passwords(new BCryptPasswordEncoder(4)),
            Clock.systemUTC());

    @Test
    void with_demo_data_off_an_empty_database_stays_untouched() {
        when(demo.on()).thenReturn(false);

        runner.run(new DefaultApplicationArguments());

        verify(demo).on();
        verifyNoInteractions(authorities, operators, employees);
    }
}
