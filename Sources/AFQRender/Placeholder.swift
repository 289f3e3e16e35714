import AFQQuery
