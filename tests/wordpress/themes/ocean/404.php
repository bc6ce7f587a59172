<?php
/**
 * 404-sidan.
 *
 * @package ocean
 */

get_header(); ?>

	<div id="content-wrap" class="container clr">

		<div id="primary" class="content-area clr">

			<div id="content" class="clr site-content">

				<article class="entry clr">

					<div class="error404-content clr">

						<h2 class="error-title"><?php esc_html_e( 'Den här sidan kunde inte hittas!', 'ocean' ); ?></h2>
						<p class="error-text"><?php esc_html_e( 'Vi beklagar, men sidan du letar efter finns inte.', 'ocean' ); ?><br /><?php esc_html_e( 'Du kan kanske prova att söka igen.', 'ocean' ); ?></p>
						<?php get_search_form(); ?>
						<a class="error-btn button" href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php esc_html_e( 'Tillbaka till startsidan', 'ocean' ); ?></a>

					</div><!-- .error404-content -->

				</article><!-- .entry -->

			</div><!-- #content -->

		</div><!-- #primary -->

	</div><!-- #content-wrap -->

<?php
get_footer();
