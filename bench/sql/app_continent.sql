-- continent bbox (Africa): the GeoJSON FeatureCollection that GET /api/observations?bbox=-20,-36,52,38&limit=1000 returns, built by
-- PostgreSQL alone from the app's schema (same properties, first 1000 by id), for pgbench: the request's raw-SQL limit.
SELECT json_build_object('type','FeatureCollection','numberReturned',count(*),'features',coalesce(json_agg(json_build_object(
 'type','Feature','id',t.id,'geometry',ST_AsGeoJSON(t.public_location,6)::json,'properties',json_build_object(
 'id',t.id,'slug',t.slug,'kind',lower(t.kind),'title',t.title,'narrative',t.narrative,'placeName',t.place_name,
 'placeType',lower(t.place_type),'privacy',lower(t.privacy),'country',t.country_iso3,
 'groups',(SELECT coalesce(json_agg(lower(worker_group)),'[]') FROM observation_group g WHERE g.observation_id=t.id),
 'components',(SELECT coalesce(json_agg(lower(component)),'[]') FROM observation_component c WHERE c.observation_id=t.id),
 'branches',(SELECT coalesce(json_agg(lower(branch)),'[]') FROM observation_branch b WHERE b.observation_id=t.id),
 'schemes',(SELECT coalesce(json_agg(json_build_object('id',s.id,'name',coalesce(s.name_en,s.official_name),'acronym',s.acronym) ORDER BY s.id),'[]')
            FROM observation_scheme os JOIN scheme s ON s.id=os.scheme_id WHERE os.observation_id=t.id AND s.status='PUBLISHED'),
 'observedFrom',t.observed_from,'observedTo',t.observed_to,
 'sources',(SELECT coalesce(json_agg(json_build_object('title',title,'url',url,'accessed',accessed) ORDER BY position),'[]')
            FROM observation_source so WHERE so.observation_id=t.id),
 'demo',t.demo,'updatedAt',t.updated_at)) ORDER BY t.id),'[]'::json))
FROM (SELECT * FROM observation o WHERE o.status='PUBLISHED' AND o.public_location && ST_MakeEnvelope(-20,-36,52,38,4326)
      ORDER BY o.id LIMIT 1000) t;
