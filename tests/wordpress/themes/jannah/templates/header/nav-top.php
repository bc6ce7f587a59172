<?php
/**
 * Top Navigation
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

if ( ! tie_get_option( 'top_nav' ) ) {
	return;
}

?>

<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="Sekundär navigering">
	<div class="container">
		<div class="topbar-wrapper">

			<?php if ( tie_get_option( 'top_date' ) ) { ?>
				<div class="topbar-today-date tie-icon">
					<?php echo esc_html( date_i18n( tie_get_option( 'todaydate_format', 'l j F Y' ), current_time( 'timestamp' ) ) ); ?>
				</div>
			<?php } ?>

			<div class="tie-alignleft">
				<?php
					if ( tie_get_option( 'breaking_news' ) ) {
						get_template_part( 'templates/breaking-news' );
					}
				?>
			</div><!-- .tie-alignleft /-->

			<div class="tie-alignright">
				<ul class="components">
					<?php tie_get_social( '', '' ); ?>
				</ul><!-- Components -->
			</div><!-- .tie-alignright /-->

		</div><!-- .topbar-wrapper /-->
	</div><!-- .container /-->
</nav><!-- #top-nav /-->
