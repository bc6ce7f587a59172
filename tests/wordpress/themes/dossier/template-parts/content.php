<?php
/**
 * Artikel i en lista (start, arkiv, sök).
 *
 * @package Dossier
 */

$dossier_lead = ! empty( $args['lead'] );
$dossier_size = $dossier_lead ? 'dossier-wide' : 'dossier-teaser';
?>
<article id="post-<?php the_ID(); ?>" <?php post_class( $dossier_lead ? 'teaser teaser--lead' : 'teaser' ); ?>>
	<?php if ( dossier_can_show_thumbnail() ) : ?>
		<a class="teaser__image" href="<?php the_permalink(); ?>" tabindex="-1" aria-hidden="true">
			<?php the_post_thumbnail( $dossier_size ); ?>
		</a>
	<?php endif; ?>

	<div class="teaser__body">
		<?php if ( 'post' === get_post_type() ) : ?>
			<?php dossier_kicker( 'teaser__kicker' ); ?>
		<?php endif; ?>

		<h2 class="teaser__title entry-title"><a href="<?php the_permalink(); ?>" rel="bookmark"><?php the_title(); ?></a></h2>

		<?php if ( 'post' === get_post_type() ) : ?>
			<p class="teaser__meta">
				<?php
				/* translators: %s: skribentens namn */
				printf( esc_html__( 'Av %s', 'dossier' ), '<span class="teaser__author author">' . esc_html( get_the_author() ) . '</span>' );
				?>
				<span class="sep" aria-hidden="true">·</span>
				<?php dossier_posted_on(); ?>
				<?php if ( ! post_password_required() ) : ?>
					<span class="sep" aria-hidden="true">·</span>
					<span class="teaser__reading"><?php echo esc_html( dossier_reading_time_label() ); ?></span>
				<?php endif; ?>
			</p>
		<?php endif; ?>

		<?php if ( post_password_required() ) : ?>
			<p class="teaser__protected"><?php esc_html_e( 'Den här texten är lösenordsskyddad.', 'dossier' ); ?></p>
		<?php else : ?>
			<div class="teaser__excerpt entry-summary">
				<?php the_excerpt(); ?>
			</div>
		<?php endif; ?>
	</div>
</article>
