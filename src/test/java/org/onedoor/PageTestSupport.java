package org.onedoor;

import static org.mockito.BDDMockito.given;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.onedoor.agency.Agencies;
import org.onedoor.agency.Agency;
import org.onedoor.agency.AgencyLevel;
import org.onedoor.catalog.Channel;
import org.onedoor.catalog.DossierComponent;
import org.onedoor.catalog.Fee;
import org.onedoor.catalog.Procedure;
import org.onedoor.catalog.ProcedureCatalog;
import org.onedoor.catalog.ProcedureLevel;
import org.onedoor.common.TimeLimit;
import org.onedoor.dossier.DossierActions;
import org.onedoor.dossier.DossierIntake;
import org.onedoor.dossier.DossierQueries;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.identity.Role;
import org.onedoor.storage.FileStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.mockito.Mockito;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Booted application for page tests of the portal and the workspace, with the modules they talk to replaced by
 * Mockito mocks of their API interfaces, so the pages are tested against the contracts only. All page tests share
 * this one context (same mock set).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(PageTestSupport.ApiMocks.class)
public abstract class PageTestSupport {

    public static final String CENTRE = "000.00.12.H23";
    public static final String DEPARTMENT = "000.00.05.H23";
    public static final String PROVINCE = "000.00.00.H23";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected DossierIntake intake;
    @Autowired
    protected DossierActions actions;
    @Autowired
    protected DossierQueries queries;
    @Autowired
    protected ProcedureCatalog catalog;
    @Autowired
    protected Agencies agencies;
    @Autowired
    protected Officers officers;
    @Autowired
    protected FileStore fileStore;

    /**
     * Mocks of the neighbouring modules' APIs as {@code @Primary} beans. Unlike {@code @MockitoBean} they do not
     * REPLACE the real implementations, which other beans of those modules inject by their concrete type; the pages
     * (which depend on the interfaces only) get the mocks.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class ApiMocks {
        @Bean @Primary DossierIntake mockIntake() { return Mockito.mock(DossierIntake.class); }
        @Bean @Primary DossierActions mockActions() { return Mockito.mock(DossierActions.class); }
        @Bean @Primary DossierQueries mockQueries() { return Mockito.mock(DossierQueries.class); }
        @Bean @Primary ProcedureCatalog mockCatalog() { return Mockito.mock(ProcedureCatalog.class); }
        @Bean @Primary Agencies mockAgencies() { return Mockito.mock(Agencies.class); }
        @Bean @Primary Officers mockOfficers() { return Mockito.mock(Officers.class); }
        @Bean @Primary FileStore mockFileStore() { return Mockito.mock(FileStore.class); }
    }

    @BeforeEach
    void referenceData() {
        Mockito.reset(intake, actions, queries, catalog, agencies, officers, fileStore);
        Agency province = new Agency(PROVINCE, "H23", "UBND tỉnh Hà Giang", "Ha Giang Province", AgencyLevel.PROVINCE, null, PROVINCE, true, null);
        Agency centre = new Agency(CENTRE, "H23.12", "Trung tâm Phục vụ hành chính công tỉnh", "Provincial public service centre",
                AgencyLevel.SERVICE_CENTRE, PROVINCE, PROVINCE, true, null);
        Agency department = new Agency(DEPARTMENT, "H23.05", "Sở Tư pháp", "Department of Justice", AgencyLevel.DEPARTMENT,
                PROVINCE, PROVINCE, true, null);
        given(agencies.all()).willReturn(List.of(province, centre, department));
        given(agencies.find(PROVINCE)).willReturn(Optional.of(province));
        given(agencies.find(CENTRE)).willReturn(Optional.of(centre));
        given(agencies.find(DEPARTMENT)).willReturn(Optional.of(department));
        given(catalog.effective(org.mockito.ArgumentMatchers.eq(birthRegistration().code()), org.mockito.ArgumentMatchers.any(LocalDate.class)))
                .willReturn(Optional.of(birthRegistration()));
    }

    /** A procedure with one mandatory and one optional component. */
    public static Procedure birthRegistration() {
        return new Procedure("1.001193", "1.001193", 1, LocalDate.of(2025, 7, 1), null, "Đăng ký khai sinh", "Birth registration",
                "HO_TICH", "Hộ tịch", ProcedureLevel.FULL_ONLINE, AgencyLevel.COMMUNE, TimeLimit.days(1),
                List.of(new Fee("Miễn lệ phí", "Free", BigDecimal.ZERO)),
                List.of(new DossierComponent("TK01", "Tờ khai đăng ký khai sinh", "Birth registration form", 1, 0, true, "TK01"),
                        new DossierComponent("GCS", "Giấy chứng sinh", "Birth certificate from the hospital", 1, 0, false, null)),
                "Giấy khai sinh", Set.of(Channel.ONLINE, Channel.COUNTER), true, "Luật Hộ tịch 2014", "standard");
    }

    public static Officer officer(String username, Role... roles) {
        return new Officer(username, "Nguyễn Văn " + username, CENTRE, Set.of(roles), Set.of());
    }

    public static Instant hoursFromNow(long hours) {
        return Instant.now().plusSeconds(hours * 3600);
    }

    /** Starts like a PDF: passes the magic-byte check. */
    public static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
