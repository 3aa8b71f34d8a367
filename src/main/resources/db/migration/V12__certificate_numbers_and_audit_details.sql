-- Certificate numbers count per authority and year without gaps: one counter row per authority and year, raised in
-- the transaction that stores the certificate, so a failed or rolled-back issue gives its number back.
create table certificate_counter (
    authority_id bigint  not null references authority (id),
    issue_year   integer not null,
    last_number  bigint  not null,
    primary key (authority_id, issue_year)
);
-- Existing numbers came from one sequence for everyone: each counter continues after its authority's highest number.
insert into certificate_counter (authority_id, issue_year, last_number)
select authority_id, issue_year, max(serial)
from (select authority_id, cast(substr(number, 1, 4) as integer) as issue_year,
             cast(substr(number, 6) as bigint) as serial
      from certificate
      where number like '____-%') numbered
group by authority_id, issue_year;
-- Numbers are unique within an authority now; the verification code stays unique everywhere.
drop index ux_certificate_number;
create unique index ux_certificate_number on certificate (authority_id, number);

-- Audit details as a message key with typed arguments (JSON), written in the reader's language when shown;
-- older entries keep their plain text in details.
alter table audit_entry add column details_key varchar(120);
alter table audit_entry add column details_arguments varchar(2000);
