<?php
/**
 * The template for displaying the footer
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

?>
		</div><!-- .main-content-row /--></div><!-- #content /-->

		<?php do_action( 'TieLabs/after_main_content' ); ?>

		<footer id="footer" class="site-footer dark-skin dark-widgetized-area">

			<div id="footer-widgets-container">
				<div class="container">
					<div class="footer-widget-area ">
						<div class="tie-row">

							<div class="tie-col-md-3 normal-side">
								<?php
								if ( is_active_sidebar( 'first-footer-widget-area-1' ) ) {
									dynamic_sidebar( 'first-footer-widget-area-1' );
								} else {
									tie_widget_before( 'text-2', 'widget_text', 'Om bloggen' );
									echo '<div class="textwidget"><p>Här skriver vår vd om bostadsbyggande, renoveringar, hyresgästernas vardag och hur vi utvecklar våra bostadsområden. Åsikterna är mina egna.</p><p><strong>Kundtjänst:</strong> 010-123 45 00<br />Vardagar 8.00–16.00</p></div>';
									tie_widget_after();
								}
								?>
							</div><!-- .tie-col /-->

							<div class="tie-col-md-3 normal-side">
								<?php
								if ( is_active_sidebar( 'first-footer-widget-area-2' ) ) {
									dynamic_sidebar( 'first-footer-widget-area-2' );
								} else {
									tie_widget_before( 'posts-list-widget-3', 'posts-list', 'Mest kommenterade' );
									echo '<div class="widget-posts-list-wrapper"><div class="widget-posts-list-container posts-list-counter"><ul class="posts-list-items widget-posts-wrapper">';
									tie_widget_posts( array( 'posts_per_page' => 3, 'orderby' => 'comment_count', 'order' => 'DESC' ) );
									echo '</ul></div></div>';
									tie_widget_after();
								}
								?>
							</div><!-- .tie-col /-->

							<div class="tie-col-md-3 normal-side">
								<?php
								if ( is_active_sidebar( 'first-footer-widget-area-3' ) ) {
									dynamic_sidebar( 'first-footer-widget-area-3' );
								} else {
									tie_widget_before( 'tag_cloud-2', 'widget_tag_cloud', 'Taggar' );
									echo '<div class="tagcloud">';
									wp_tag_cloud( array( 'smallest' => 8, 'largest' => 22, 'number' => 30 ) );
									echo '</div>';
									tie_widget_after();
								}
								?>
							</div><!-- .tie-col /-->

							<div class="tie-col-md-3 normal-side">
								<?php
								if ( is_active_sidebar( 'first-footer-widget-area-4' ) ) {
									dynamic_sidebar( 'first-footer-widget-area-4' );
								} else {
									tie_widget_before( 'archives-2', 'widget_archive', 'Arkiv' );
									echo '<ul>';
									wp_get_archives( array( 'type' => 'yearly', 'show_post_count' => true ) );
									echo '</ul>';
									tie_widget_after();
								}
								?>
							</div><!-- .tie-col /-->

						</div><!-- .tie-row /-->
					</div><!-- .footer-widget-area /-->
				</div><!-- .container /-->
			</div><!-- #Footer-widgets-container /-->

			<div id="site-info" class="site-info site-info-layout-2">
				<div class="container">
					<div class="tie-row">
						<div class="tie-col-md-12">

							<div class="copyright-text copyright-text-first">&copy; Copyright <?php echo esc_html( date_i18n( 'Y' ) ); ?>, <?php bloginfo( 'name' ); ?>. Alla rättigheter förbehållna.</div>

							<div class="footer-menu">
								<?php
									wp_nav_menu( array(
										'theme_location' => 'footer-menu',
										'container'      => false,
										'depth'          => 1,
										'fallback_cb'    => false,
									) );
								?>
							</div>

							<ul class="social-icons">
								<?php tie_get_social( '', '' ); ?>
							</ul>

						</div><!-- .tie-col /-->
					</div><!-- .tie-row /-->
				</div><!-- .container /-->
			</div><!-- #site-info /-->

		</footer><!-- #footer /-->

		<?php do_action( 'TieLabs/after_footer' ); ?>

		<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body">
			<span class="tie-icon-angle-up"></span>
			<span class="screen-reader-text">Tillbaka till toppen</span>
		</a>

	</div><!-- #tie-wrapper /-->

	<aside class=" side-aside normal-side dark-skin dark-widgetized-area appear-from-left" aria-label="Sekundärt sidofält" style="visibility: hidden;">
		<div data-height="100%" class="side-aside-wrapper has-custom-scroll">

			<a href="#" class="close-side-aside remove big-btn light-btn">
				<span class="screen-reader-text">Stäng</span>
			</a><!-- .close-side-aside /-->

			<div id="mobile-container">

				<div id="mobile-search">
					<?php get_search_form(); ?>
				</div><!-- #mobile-search /-->

				<div id="mobile-menu" class="hide-menu-icons">
				</div><!-- #mobile-menu /-->

				<div id="mobile-social-icons" class="social-icons-widget solid-social-icons">
					<ul>
						<?php tie_get_social( '', '' ); ?>
					</ul>
				</div><!-- #mobile-social-icons /-->

			</div><!-- #mobile-container /-->
		</div><!-- .side-aside-wrapper /-->
	</aside><!-- .side-aside /-->

</div><!-- #tie-container /-->
</div><!-- .background-overlay /-->

<div id="is-scroller-outer"><div id="is-scroller"></div></div><div id="fb-root"></div>

<div id="tie-popup-search-desktop" class="tie-popup tie-popup-search-wrap" style="display: none;">
	<a href="#" class="tie-btn-close remove big-btn light-btn">
		<span class="screen-reader-text">Stäng</span>
	</a>
	<div class="popup-search-wrap-inner">
		<div class="live-search-parent pop-up-live-search" data-skin="live-search-popup" aria-label="Sök">
			<form method="get" class="tie-popup-search-form" action="<?php echo esc_url( home_url( '/' ) ); ?>">
				<input class="tie-popup-search-input " inputmode="search" type="text" name="s" title="Sök efter" autocomplete="off" placeholder="Skriv och tryck Enter" />
				<button class="tie-popup-search-submit" type="submit">
					<span class="tie-icon-search tie-search-icon" aria-hidden="true"></span>
					<span class="screen-reader-text">Sök efter</span>
				</button>
			</form>
		</div><!-- .pop-up-live-search /-->
	</div><!-- .popup-search-wrap-inner /-->
</div><!-- .tie-popup-search-wrap /-->

<?php wp_footer(); ?>

</body>
</html>
