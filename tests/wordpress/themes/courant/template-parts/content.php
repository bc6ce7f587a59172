<?php
/**
 * Nyhetskort i listor. Första inlägget på första sidan blir toppnyhet.
 *
 * @package Courant
 */

$courant_is_lead = ! empty( $args['lead'] );
$courant_classes = array( 'card' );
if ( $courant_is_lead ) {
	$courant_classes[] = 'card-lead';
}
if ( has_post_thumbnail() && ! post_password_required() ) {
	$courant_classes[] = 'card-has-thumb';
}
?>
<article id="post-<?php the_ID(); ?>" <?php post_class( $courant_classes ); ?>>
	<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
		<a class="card-thumb" href="<?php the_permalink(); ?>" tabindex="-1" aria-hidden="true">
			<?php the_post_thumbnail( $courant_is_lead ? 'post-thumbnail' : 'courant-card', array( 'alt' => '' ) ); ?>
		</a>
	<?php endif; ?>

	<div class="card-body">
		<div class="card-labels">
			<?php if ( is_sticky() && is_home() && ! is_paged() ) : ?>
				<span class="badge badge-sticky"><?php esc_html_e( 'Utvald', 'courant' ); ?></span>
			<?php endif; ?>
			<?php courant_category_labels( null, 2 ); ?>
		</div>

		<?php
		if ( $courant_is_lead ) {
			the_title( '<h2 class="entry-title card-title"><a href="' . esc_url( get_permalink() ) . '" rel="bookmark">', '</a></h2>' );
		} else {
			the_title( '<h3 class="entry-title card-title"><a href="' . esc_url( get_permalink() ) . '" rel="bookmark">', '</a></h3>' );
		}
		?>

		<div class="card-excerpt entry-summary">
			<?php
			if ( post_password_required() ) {
				echo '<p>' . esc_html__( 'Den här artikeln är lösenordsskyddad.', 'courant' ) . '</p>';
			} else {
				the_excerpt();
			}
			?>
		</div>

		<?php
		if ( 'post' === get_post_type() ) {
			courant_card_meta();
		}
		?>
	</div>
</article>
