<?php
/**
 * The sidebar containing the main widget area
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

?>

	<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Primärt sidofält">
		<div class="theiaStickySidebar">

			<?php
			if ( is_active_sidebar( 'primary-widget-area' ) ) {

				dynamic_sidebar( 'primary-widget-area' );

			} else {

				// Social counter / follow us widget
				tie_widget_before( 'social-2', 'social-icons-widget widget_social', 'Följ oss' );
				echo '<ul class="solid-social-icons is-centered">';
				tie_get_social( '', '', false );
				echo '</ul>';
				tie_widget_after();

				// Recent posts (Jannah "Posts list" widget)
				tie_widget_before( 'posts-list-widget-2', 'posts-list', 'Senaste inläggen' );
				echo '<div class="widget-posts-list-wrapper"><div class="widget-posts-list-container"><ul class="posts-list-items widget-posts-wrapper">';
				tie_widget_posts( array( 'posts_per_page' => 5 ) );
				echo '</ul></div></div>';
				tie_widget_after();

				// Newsletter widget
				tie_widget_before( 'tie-newsletter-2', 'subscribe-widget', 'Nyhetsbrev' );
				?>
					<div class="widget-inner-wrap">
						<span class="tie-icon-envelope newsletter-icon" aria-hidden="true"></span>
						<div class="subscribe-widget-content">
							<p>Prenumerera på VD-bloggen och få nya inlägg direkt i inkorgen.</p>
						</div>
						<form action="https://bostadsbolaget.us1.list-manage.com/subscribe/post?u=3f2a9c&amp;id=7b1d2e" method="post" id="mc-embedded-subscribe-form-widget" name="mc-embedded-subscribe-form" class="subscribe-form" target="_blank" novalidate>
							<label class="screen-reader-text" for="mce-EMAIL-widget">Ange din e-postadress</label>
							<input type="email" value="" id="mce-EMAIL-widget" placeholder="Ange din e-postadress" name="EMAIL" class="subscribe-input required email">
							<input type="submit" value="Prenumerera" name="subscribe" class="button subscribe-submit">
						</form>
					</div>
				<?php
				tie_widget_after();

				// Recent comments (Jannah "Recent Comments" widget)
				tie_widget_before( 'comments_avatar-widget-2', 'comments-avatar', 'Senaste kommentarer' );
				echo '<ul>';
				tie_recent_comments( 5, 70 );
				echo '</ul>';
				tie_widget_after();

				// Categories (Jannah "Categories" widget)
				tie_widget_before( 'tie-widget-categories-2', 'widget_categories tie-widget-categories', 'Kategorier' );
				echo '<ul>';
				foreach ( get_categories( array( 'hide_empty' => true ) ) as $category ) {
					echo '<li class="cat-item cat-counter tie-cat-item-' . (int) $category->term_id . '"><a href="' . esc_url( get_category_link( $category->term_id ) ) . '">' . esc_html( $category->name ) . '</a> <span>' . number_format_i18n( $category->count ) . '</span></li>';
				}
				echo '</ul>';
				tie_widget_after();
			}
			?>

		</div><!-- .theiaStickySidebar /-->
	</aside><!-- .sidebar /-->
