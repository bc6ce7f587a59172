<?php
/**
 * The template part for displaying a message that posts cannot be found
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;
?>

<section class="no-results not-found card mb-4">

	<div class="card-body">

		<header class="page-header">

			<h1 class="page-title card-title h3"><?php esc_html_e( 'Inget hittades', 'strapline' ); ?></h1>

		</header><!-- .page-header -->

		<div class="page-content card-text">

			<?php if ( is_home() && current_user_can( 'publish_posts' ) ) : ?>

				<p>
					<?php
					printf(
						/* translators: %s: link to new post */
						wp_kses( __( 'Redo att publicera ditt första inlägg? <a href="%s">Kom igång här</a>.', 'strapline' ), array( 'a' => array( 'href' => array() ) ) ),
						esc_url( admin_url( 'post-new.php' ) )
					);
					?>
				</p>

			<?php elseif ( is_search() ) : ?>

				<p><?php esc_html_e( 'Tyvärr, inget matchade dina sökord. Försök igen med några andra ord.', 'strapline' ); ?></p>
				<?php get_search_form(); ?>

			<?php else : ?>

				<p><?php esc_html_e( 'Det verkar som att vi inte kan hitta det du letar efter. Kanske kan en sökning hjälpa.', 'strapline' ); ?></p>
				<?php get_search_form(); ?>

			<?php endif; ?>

		</div><!-- .page-content -->

	</div>

</section><!-- .no-results -->
