"""rules: training_event.audience (培训对象), drill_team (演练参演队伍)

Existing training events get their 培训对象 the way an imported event without one does
(services/trainings.infer_audience): 灾害信息员 when the title says so or an attendee is an
officer, 救援队伍 when the attendees are team members; otherwise it stays empty.

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-05 17:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0009'  # re-chained in number order
branch_labels = None
depends_on = None

_INFER = """
UPDATE training_event SET audience = CASE
  WHEN title LIKE '%信息员%' THEN 'aud_officers'
  WHEN EXISTS (SELECT 1 FROM training_attendance a JOIN info_officer o
               ON o.person_id = a.person_id AND NOT o.is_deleted
               WHERE a.event_id = training_event.id AND NOT a.is_deleted) THEN 'aud_officers'
  WHEN EXISTS (SELECT 1 FROM training_attendance a JOIN team_member m
               ON m.person_id = a.person_id AND NOT m.is_deleted
               WHERE a.event_id = training_event.id AND NOT a.is_deleted) THEN 'aud_teams'
  END
WHERE audience IS NULL
"""


def upgrade() -> None:
    with op.batch_alter_table('training_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audience', sa.String(length=16), nullable=True))
    op.execute(_INFER)

    op.create_table('drill_team',
    sa.Column('drill_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('remark', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['drill_id'], ['drill.id'], name=op.f('fk_drill_team_drill_id_drill'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['rescue_team.id'], name=op.f('fk_drill_team_team_id_rescue_team'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drill_team')),
    sa.UniqueConstraint('uuid', name=op.f('uq_drill_team_uuid'))
    )
    with op.batch_alter_table('drill_team', schema=None) as batch_op:
        batch_op.create_index('ix_drill_team_drill', ['drill_id', 'is_deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_drill_team_is_deleted'), ['is_deleted'], unique=False)
        batch_op.create_index('ix_drill_team_team', ['team_id', 'is_deleted', 'drill_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('drill_team', schema=None) as batch_op:
        batch_op.drop_index('ix_drill_team_team')
        batch_op.drop_index(batch_op.f('ix_drill_team_is_deleted'))
        batch_op.drop_index('ix_drill_team_drill')
    op.drop_table('drill_team')
    with op.batch_alter_table('training_event', schema=None) as batch_op:
        batch_op.drop_column('audience')
