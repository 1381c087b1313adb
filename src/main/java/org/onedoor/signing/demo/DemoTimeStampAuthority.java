package org.onedoor.signing.demo;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;

/**
 * An RFC 3161 time-stamp authority in the process (demo profile only), with the demo PKI's TSA certificate.
 * DSS uses it directly as its {@link TSPSource}; {@code POST /pki/tsa} exposes the same for other clients.
 */
public final class DemoTimeStampAuthority implements TSPSource {

    /** Policy of the demo TSA, under the ITU-T/ISO "example" arc 2.999: not a real policy. */
    static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("2.999.3161.1");

    private static final long serialVersionUID = 1L;

    private final transient DemoPki.Issued tsa;
    private final AtomicLong serial = new AtomicLong(System.currentTimeMillis() * 1000);

    public DemoTimeStampAuthority(DemoPki pki) {
        this.tsa = pki.timeStampAuthority();
    }

    @Override
    public TimestampBinary getTimeStampResponse(DigestAlgorithm digestAlgorithm, byte[] digest) {
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        TimeStampRequest request = requests.generate(new ASN1ObjectIdentifier(digestAlgorithm.getOid()), digest,
                BigInteger.valueOf(serial.incrementAndGet()));
        try {
            TimeStampResponse response = respond(request);
            return new TimestampBinary(response.getTimeStampToken().getEncoded());
        } catch (IOException | TSPException e) {
            throw new DSSException("demo time-stamp failed", e);
        }
    }

    /** Answers an encoded RFC 3161 request with an encoded response (rejection when the request is malformed). */
    public byte[] respond(byte[] encodedRequest) throws IOException {
        try {
            return respond(new TimeStampRequest(encodedRequest)).getEncoded();
        } catch (TSPException | IllegalArgumentException | ClassCastException e) {
            throw new IOException("not a time-stamp request", e);
        }
    }

    private TimeStampResponse respond(TimeStampRequest request) throws TSPException {
        try {
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", tsa.key(), tsa.certificate()),
                    new JcaDigestCalculatorProviderBuilder().build().get(
                            new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    POLICY);
            tokens.addCertificates(new JcaCertStore(tsa.chain()));
            TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
            return responses.generate(request, BigInteger.valueOf(serial.incrementAndGet()), new Date());
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new TSPException("demo TSA signer unavailable", e);
        }
    }
}
