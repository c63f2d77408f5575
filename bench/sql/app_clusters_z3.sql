-- world clusters at zoom 3 (cells of 360*60/256/2^3 = 10.546875 degrees), as GET /api/observations/clusters?zoom=3
-- returns them, built by PostgreSQL alone with integer cell keys (the kit's fastest grid SQL).
SELECT json_build_object('type','FeatureCollection','features',json_agg(json_build_object('type','Feature',
 'geometry',ST_AsGeoJSON(ST_MakePoint(x,y),6)::json,'properties',json_build_object('count',n,'inclusions',inc,
 'exclusions',n-inc,'bbox',json_build_array(minx,miny,maxx,maxy),'id',CASE WHEN n=1 THEN first_id END)) ORDER BY n DESC, first_id))
FROM (SELECT count(*) AS n, sum(CASE WHEN o.kind='INCLUSION' THEN 1 ELSE 0 END) AS inc,
             avg(ST_X(o.public_location)) AS x, avg(ST_Y(o.public_location)) AS y,
             min(ST_X(o.public_location)) AS minx, min(ST_Y(o.public_location)) AS miny,
             max(ST_X(o.public_location)) AS maxx, max(ST_Y(o.public_location)) AS maxy, min(o.id) AS first_id
      FROM observation o WHERE o.status='PUBLISHED'
      GROUP BY floor(ST_X(o.public_location)/10.546875), floor(ST_Y(o.public_location)/10.546875)) g;
