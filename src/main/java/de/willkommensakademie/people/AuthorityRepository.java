package de.willkommensakademie.people;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuthorityRepository extends JpaRepository<Authority, Long> {

    @Query("select a from Authority a order by lower(a.name)")
    List<Authority> findPage(Pageable pageable);

    boolean existsByShortNameIgnoreCase(String shortName);

    boolean existsByNameIgnoreCase(String name);
}
