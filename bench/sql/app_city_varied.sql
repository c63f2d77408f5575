-- A city-sized box around one of the kit's 327 city centres, moved by up to 0.2 degrees, another for every
-- transaction: the raw SQL of bench/varied_boxes.lua's requests (the GeoJSON of bench/sql/app_city.sql).
\set c random(1, 327)
\set dx random(-200, 200)
\set dy random(-200, 200)
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
FROM (SELECT o.* FROM observation o, city_centres cc
      WHERE cc.city_id = :c AND o.status='PUBLISHED'
        AND o.public_location && ST_MakeEnvelope(cc.lon - 0.25 + :dx / 1000.0, cc.lat - 0.25 + :dy / 1000.0,
                                                 cc.lon + 0.25 + :dx / 1000.0, cc.lat + 0.25 + :dy / 1000.0, 4326)
      ORDER BY o.id LIMIT 1000) t;
