<?php
/**
 * Template part shown when no posts are found.
 *
 * @package Hosted
 */

?>

<section class="no-results not-found">
	<header class="page-header">
		<h1 class="page-title"><?php esc_html_e( 'Inget hittades', 'hosted' ); ?></h1>
	</header><!-- .page-header -->

	<div class="page-content">
		<?php if ( is_home() && current_user_can( 'publish_posts' ) ) : ?>

			<p>
				<?php
				printf(
					/* translators: %s: link to new post screen */
					wp_kses( __( 'Redo att publicera ditt första inlägg? <a href="%s">Börja här</a>.', 'hosted' ), array( 'a' => array( 'href' => array() ) ) ),
					esc_url( admin_url( 'post-new.php' ) )
				);
				?>
			</p>

		<?php elseif ( is_search() ) : ?>

			<p><?php esc_html_e( 'Inget matchade dina sökord. Försök igen med några andra nyckelord.', 'hosted' ); ?></p>
			<?php get_search_form(); ?>

		<?php else : ?>

			<p><?php esc_html_e( 'Det verkar som om vi inte kan hitta det du letar efter. Kanske kan en sökning hjälpa.', 'hosted' ); ?></p>
			<?php get_search_form(); ?>

		<?php endif; ?>
	</div><!-- .page-content -->
</section><!-- .no-results -->
