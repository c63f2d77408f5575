-- world clusters at zoom 3 (cells of 360*60/256/2^3 = 10.546875 degrees), as GET /api/observations/clusters?zoom=3
-- returns them, built by PostgreSQL alone with integer cell keys (the kit's fastest grid SQL), on the coordinate
-- columns and index of published points the app uses (V34, V35).
SELECT json_build_object('type','FeatureCollection','features',json_agg(json_build_object('type','Feature',
 'geometry',ST_AsGeoJSON(ST_MakePoint(x,y),6)::json,'properties',json_build_object('count',n,'inclusions',inc,
 'exclusions',n-inc,'bbox',json_build_array(minx,miny,maxx,maxy),'id',CASE WHEN n=1 THEN first_id END)) ORDER BY n DESC, first_id))
FROM (SELECT count(*) AS n, sum(CASE WHEN o.kind='INCLUSION' THEN 1 ELSE 0 END) AS inc,
             avg(o.lon) AS x, avg(o.lat) AS y, min(o.lon) AS minx, min(o.lat) AS miny,
             max(o.lon) AS maxx, max(o.lat) AS maxy, min(o.id) AS first_id
      FROM observation o WHERE o.status='PUBLISHED'
      GROUP BY floor(o.lon/10.546875), floor(o.lat/10.546875)) g;
