<?php
/**
 * Inget hittades.
 *
 * @package Stjarna
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>

<section class="no-results not-found">
	<div class="page-content">

		<header class="page-header">
			<h1 class="page-title"><?php echo esc_html( stjarna_default_strings( 'string-search-nothing-found', false ) ); ?></h1>
		</header><!-- .page-header -->

		<?php if ( is_home() && current_user_can( 'publish_posts' ) ) : ?>

			<p>
				<?php
				printf(
					/* translators: 1: link to new post */
					wp_kses_post( __( 'Redo att publicera ditt första inlägg? <a href="%1$s">Kom igång här</a>.', 'stjarna' ) ),
					esc_url( admin_url( 'post-new.php' ) )
				);
				?>
			</p>

		<?php elseif ( is_search() ) : ?>

			<p><?php echo esc_html( stjarna_default_strings( 'string-search-nothing-found-message', false ) ); ?></p>
			<?php get_search_form(); ?>

		<?php else : ?>

			<p><?php echo esc_html( stjarna_default_strings( 'string-content-nothing-found-message', false ) ); ?></p>
			<?php get_search_form(); ?>

		<?php endif; ?>
	</div><!-- .page-content -->
</section><!-- .no-results -->
