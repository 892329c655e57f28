"""What gunicorn imports: `gunicorn 'kb_service.wsgi:app'` (or `'kb_service:create_app()'`)."""

from kb_service import create_app

app = create_app()
