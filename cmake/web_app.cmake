# web app: filled in next
