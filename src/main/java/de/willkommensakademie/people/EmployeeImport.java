package de.willkommensakademie.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.BackgroundWork;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV import of employees, all or nothing: the preview lists every problem with its line, and the import itself
 * validates the file again in the same transaction that stores it, so nothing is imported from a stale preview.
 */
@Service
public class EmployeeImport {

    /** Largest import file accepted, for the upload field's and the server's limit. */
    public static final int MAX_FILE_BYTES = EmployeeCsvReader.MAX_BYTES;

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private final EmployeeRepository employees;
    private final PlatformOperatorRepository operators;
    private final TeamRepository teams;
    private final JobRoleRepository jobRoles;
    private final AuthorityRepository authorities;
    private final Passwords passwords;
    private final Validator validator;
    private final AuditLog auditLog;
    private final PeopleAccess access;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate inOneTransaction;
    private final BackgroundWork background;

    EmployeeImport(EmployeeRepository employees, PlatformOperatorRepository operators, TeamRepository teams,
            JobRoleRepository jobRoles, AuthorityRepository authorities, Passwords passwords, Validator validator,
            AuditLog auditLog, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, BackgroundWork background, PeopleAccess access) {
        this.access = access;
        this.events = events;
        this.inOneTransaction = new TransactionTemplate(transactions);
        this.background = background;
        this.employees = employees;
        this.operators = operators;
        this.teams = teams;
        this.jobRoles = jobRoles;
        this.authorities = authorities;
        this.passwords = passwords;
        this.validator = validator;
        this.auditLog = auditLog;
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] content) {
        return check(content, access.ownAuthority());
    }

    /** Imports every row or none; returns the new accounts' one-time passwords for the admin to hand over. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public List<TemporaryPassword> importEmployees(byte[] content) {
        long authorityId = access.ownAuthority();
        ImportPreview preview = check(content, authorityId);
        if (!preview.importable()) {
            throw new UserFacingException("import.error.not-valid", preview.problems().size());
        }
        List<TemporaryPassword> created = new ArrayList<>();
        List<EmployeeJoined> joined = new ArrayList<>();
        for (ImportRow row : preview.rows()) {
            String oneTime = passwords.newOneTimePassword();
            Employee employee = new Employee(authorityId, row.username(), passwords.hashOneTime(oneTime));
            employee.changeProfile(row.firstName(), row.lastName(), row.email(), row.language(), row.startDate(),
                    jobRoles.getReferenceById(row.jobRole().id()),
                    row.team() == null ? null : teams.getReferenceById(row.team().id()));
            employee.assignRoles(row.roles());
            employees.save(employee);
            auditLog.recordDetailed(AuditAction.EMPLOYEE_CREATED, row.username(),
                    AuditDetails.of("audit.details.import-line", row.line()));
            joined(employee).ifPresent(joined::add);
            created.add(new TemporaryPassword(row.username(), employee.fullName(), oneTime));
        }
        auditLog.recordDetailed(AuditAction.EMPLOYEES_IMPORTED, null,
                AuditDetails.of("audit.details.imported", created.size()));
        if (!joined.isEmpty()) {
            events.publishEvent(new EmployeesJoined(joined));
        }
        return created;
    }

    /**
     * {@link #importEmployees} in the background with the caller's rights (2,000 rows take seconds), all rows in one
     * transaction as there. The rights are checked here, before anything starts.
     */
    @RolesAllowed(Role.Name.ADMIN)
    public CompletableFuture<List<TemporaryPassword>> importInBackground(byte[] content) {
        return background.start(() -> inOneTransaction.execute(status -> importEmployees(content)));
    }

    private ImportPreview check(byte[] content, long authorityId) {
        EmployeeCsvReader.Result read = EmployeeCsvReader.read(content);
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        List<ImportRow> rows = new ArrayList<>();
        List<JobRoleOption> jobRoleOptions = jobRoles.findByAuthorityIdOrderByBuiltInDescNameDe(authorityId).stream()
                .map(JobRole::toOption).toList();
        List<TeamOption> teamOptions = teams.findByAuthorityIdOrderByName(authorityId).stream().map(Team::toOption)
                .toList();
        String defaultLanguage = authorities.findById(authorityId).map(Authority::defaultLanguage).orElse("de");
        for (EmployeeCsvReader.Line line : read.lines()) {
            checkLine(line, jobRoleOptions, teamOptions, defaultLanguage, problems).ifPresent(rows::add);
        }
        checkDuplicates(rows, problems);
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new ImportPreview(List.copyOf(rows), List.copyOf(problems));
    }

    private Optional<ImportRow> checkLine(EmployeeCsvReader.Line line, List<JobRoleOption> jobRoleOptions,
            List<TeamOption> teamOptions, String defaultLanguage, List<ImportProblem> problems) {
        int before = problems.size();
        int number = line.number();

        EmployeeForm form = new EmployeeForm();
        form.setFirstName(line.get(ImportColumn.FIRST_NAME));
        form.setLastName(line.get(ImportColumn.LAST_NAME));
        form.setEmail(line.get(ImportColumn.EMAIL));
        form.setUsername(line.get(ImportColumn.USERNAME).toLowerCase(Locale.ROOT));

        String jobRoleText = line.get(ImportColumn.JOB_ROLE);
        Optional<JobRoleOption> jobRole = jobRoleOptions.stream().filter(option -> option.matches(jobRoleText))
                .findFirst();
        if (jobRole.isEmpty() && !jobRoleText.isEmpty()) {
            problems.add(ImportProblem.at(number, ImportColumn.JOB_ROLE.header, "import.problem.unknown-job-role",
                    jobRoleText));
        }
        form.setJobRole(jobRole.orElse(null));

        String teamText = line.get(ImportColumn.TEAM);
        TeamOption team = null;
        if (!teamText.isEmpty()) {
            team = teamOptions.stream().filter(option -> option.name().equalsIgnoreCase(teamText)).findFirst()
                    .orElse(null);
            if (team == null) {
                problems.add(ImportProblem.at(number, ImportColumn.TEAM.header, "import.problem.unknown-team", teamText));
            }
        }

        LocalDate startDate = parseDate(line.get(ImportColumn.START_DATE));
        if (startDate == null && !line.get(ImportColumn.START_DATE).isEmpty()) {
            problems.add(ImportProblem.at(number, ImportColumn.START_DATE.header, "import.problem.date",
                    line.get(ImportColumn.START_DATE)));
        }

        String language = line.get(ImportColumn.LANGUAGE).toLowerCase(Locale.ROOT);
        if (language.isEmpty()) {
            language = defaultLanguage;
        } else if (!language.equals("de") && !language.equals("en")) {
            problems.add(ImportProblem.at(number, ImportColumn.LANGUAGE.header, "import.problem.language", language));
        }

        Set<Role> roles = EnumSet.noneOf(Role.class);
        String rolesText = line.get(ImportColumn.ROLES);
        for (String name : rolesText.split("[|+,;\\s]+")) {
            if (name.isBlank()) {
                continue;
            }
            Optional<Role> role = Role.ASSIGNABLE.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
            role.ifPresentOrElse(roles::add, () -> problems.add(
                    ImportProblem.at(number, ImportColumn.ROLES.header, "import.problem.role", name)));
        }
        if (roles.isEmpty()) {
            roles.add(Role.EMPLOYEE);
        }
        form.setRoles(roles);

        for (ConstraintViolation<EmployeeForm> violation : validator.validate(form)) {
            boolean unknownJobRoleReported = violation.getPropertyPath().toString().equals("jobRole")
                    && !jobRoleText.isEmpty();
            if (!unknownJobRoleReported) {
                problems.add(describe(number, violation));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ImportRow(number, form.getFirstName().strip(), form.getLastName().strip(),
                Employee.normaliseEmail(form.getEmail()), form.getUsername(), form.getJobRole(), team, startDate,
                language, roles));
    }

    /** Bean Validation's verdict as a translatable problem naming the file's column. */
    private static ImportProblem describe(int line, ConstraintViolation<EmployeeForm> violation) {
        String property = violation.getPropertyPath().toString();
        String column = switch (property) {
            case "firstName" -> ImportColumn.FIRST_NAME.header;
            case "lastName" -> ImportColumn.LAST_NAME.header;
            case "jobRole" -> ImportColumn.JOB_ROLE.header;
            default -> property;
        };
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (constraint) {
            case "NotBlank", "NotNull", "NotEmpty" -> ImportProblem.at(line, column, "import.problem.required");
            case "Size" -> ImportProblem.at(line, column, "import.problem.size",
                    String.valueOf(attributes.get("min")), String.valueOf(attributes.get("max")));
            case "Email" -> ImportProblem.at(line, column, "import.problem.email",
                    String.valueOf(violation.getInvalidValue()));
            case "Pattern" -> ImportProblem.at(line, column, "import.problem.username",
                    String.valueOf(violation.getInvalidValue()));
            default -> ImportProblem.at(line, column, "import.problem.invalid", String.valueOf(violation.getInvalidValue()));
        };
    }

    private void checkDuplicates(List<ImportRow> rows, List<ImportProblem> problems) {
        Map<String, Integer> usernames = new HashMap<>();
        Map<String, Integer> emails = new HashMap<>();
        for (ImportRow row : rows) {
            Integer first = usernames.putIfAbsent(row.username(), row.line());
            if (first != null) {
                problems.add(ImportProblem.at(row.line(), ImportColumn.USERNAME.header,
                        "import.problem.duplicate-in-file", row.username(), String.valueOf(first)));
            }
            first = emails.putIfAbsent(row.email(), row.line());
            if (first != null) {
                problems.add(ImportProblem.at(row.line(), ImportColumn.EMAIL.header,
                        "import.problem.duplicate-in-file", row.email(), String.valueOf(first)));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        Set<String> takenUsernames = new HashSet<>(employees.findExistingUsernames(usernames.keySet()));
        // One query each for all names of the file, never one per row: a 2,000-row file is checked in a second.
        takenUsernames.addAll(operators.findExistingUsernames(usernames.keySet()));
        Set<String> takenEmails = new HashSet<>(employees.findExistingEmails(emails.keySet()));
        for (ImportRow row : rows) {
            if (takenUsernames.contains(row.username())) {
                problems.add(ImportProblem.at(row.line(), ImportColumn.USERNAME.header, "import.problem.username-taken",
                        row.username()));
            }
            if (takenEmails.contains(row.email())) {
                problems.add(ImportProblem.at(row.line(), ImportColumn.EMAIL.header, "import.problem.email-taken",
                        row.email()));
            }
        }
    }

    private static LocalDate parseDate(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        return null;
    }

    /** Who starts onboarding: people with a job role and a start date. */
    private static Optional<EmployeeJoined> joined(Employee employee) {
        return employee.jobRole() != null && employee.startDate() != null
                ? Optional.of(new EmployeeJoined(employee.authorityId(), employee.getId(), employee.jobRole().code(),
                        employee.startDate()))
                : Optional.empty();
    }
}
