<?php
/**
 * Artikelkort i listor (start, kategori, etikett, författare, datum, sök).
 *
 * @package Flod
 */

$flod_lead    = ! empty( $args['flod_lead'] );
$flod_classes = array( 'flod-card' );
if ( $flod_lead ) {
	$flod_classes[] = 'flod-card--lead';
}
?>
<article id="post-<?php the_ID(); ?>" <?php post_class( $flod_classes ); ?>>
	<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
		<a class="flod-card__thumb" href="<?php the_permalink(); ?>" aria-hidden="true" tabindex="-1">
			<?php the_post_thumbnail( $flod_lead ? 'post-thumbnail' : 'flod-card', array( 'alt' => '' ) ); ?>
		</a>
	<?php endif; ?>

	<div class="flod-card__body">
		<?php
		if ( 'post' === get_post_type() ) {
			flod_kicker();
		}
		?>
		<h2 class="flod-card__title entry-title"><a href="<?php the_permalink(); ?>" rel="bookmark"><?php the_title(); ?></a></h2>

		<?php if ( 'post' === get_post_type() ) : ?>
			<div class="flod-card__meta entry-meta">
				<?php flod_card_date(); ?>
				<span class="sep"> &middot; </span>
				<?php flod_byline(); ?>
			</div>
		<?php endif; ?>

		<div class="flod-card__excerpt entry-summary">
			<?php if ( post_password_required() ) : ?>
				<p class="flod-locked">Den här artikeln är lösenordsskyddad.</p>
			<?php else : ?>
				<?php the_excerpt(); ?>
			<?php endif; ?>
		</div>
	</div>
</article>
