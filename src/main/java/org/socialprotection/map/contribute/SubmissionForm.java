package org.socialprotection.map.contribute;

/**
 * What /contribute and POST /api/submissions send, as typed; {@link SubmissionDesk} checks it. {@code website} is
 * the honeypot (a field people never see, so never fill) and {@code started} the signed time the form was shown.
 */
public class SubmissionForm {

    private String kind;
    private String group;
    private String story;
    private String placeName;
    private String country;
    private String lon;
    private String lat;
    private String privacy = "approximate";
    private String observedOn;
    private String schemeName;
    private String source;
    private String sourceUrl;
    private boolean witnessed;
    private String organisation;
    private String contact;
    private boolean consent;
    private String website;
    private String started;

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public String getStory() { return story; }
    public void setStory(String story) { this.story = story; }
    public String getPlaceName() { return placeName; }
    public void setPlaceName(String placeName) { this.placeName = placeName; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getLon() { return lon; }
    public void setLon(String lon) { this.lon = lon; }
    public String getLat() { return lat; }
    public void setLat(String lat) { this.lat = lat; }
    public String getPrivacy() { return privacy; }
    public void setPrivacy(String privacy) { this.privacy = privacy; }
    public String getObservedOn() { return observedOn; }
    public void setObservedOn(String observedOn) { this.observedOn = observedOn; }
    public String getSchemeName() { return schemeName; }
    public void setSchemeName(String schemeName) { this.schemeName = schemeName; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
    public boolean isWitnessed() { return witnessed; }
    public void setWitnessed(boolean witnessed) { this.witnessed = witnessed; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getStarted() { return started; }
    public void setStarted(String started) { this.started = started; }
}
