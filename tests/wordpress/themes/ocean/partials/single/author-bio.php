<?php
/**
 * Författarruta. Visas bara om författaren har en biografi.
 *
 * @package ocean
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$ocean_description = get_the_author_meta( 'description' );
if ( ! $ocean_description ) {
	return;
}

$ocean_author_url = get_author_posts_url( get_the_author_meta( 'ID' ) );
?>

<section id="author-bio" class="clr">

	<div id="author-bio-inner">

		<div class="author-bio-avatar">
			<a href="<?php echo esc_url( $ocean_author_url ); ?>" title="<?php esc_attr_e( 'Besök författarens sida', 'ocean' ); ?>" rel="author">
				<?php echo get_avatar( get_the_author_meta( 'user_email' ), 100 ); ?>
			</a>
		</div><!-- .author-bio-avatar -->

		<div class="author-bio-content clr">

			<h3 class="author-bio-title">
				<a href="<?php echo esc_url( $ocean_author_url ); ?>" title="<?php esc_attr_e( 'Besök författarens sida', 'ocean' ); ?>">
					<?php echo esc_html( get_the_author() ); ?>
				</a>
			</h3><!-- .author-bio-title -->

			<div class="author-bio-description clr">
				<?php echo wp_kses_post( wpautop( $ocean_description ) ); ?>
			</div><!-- .author-bio-description -->

		</div><!-- .author-bio-content -->

	</div><!-- #author-bio-inner -->

</section><!-- #author-bio -->
