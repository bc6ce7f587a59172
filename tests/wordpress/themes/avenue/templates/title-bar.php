<?php
/**
 * Page title bar (Avada templates/title-bar.php inside section.avada-page-titlebar-wrapper).
 *
 * @package avenue
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit( 'Direct script access denied.' );
}
$avenue_title = avenue_title_bar_title();
?>
<section class="avada-page-titlebar-wrapper" aria-label="Sidrubrikfält">
	<div class="fusion-page-title-bar fusion-page-title-bar-none fusion-page-title-bar-left">
		<div class="fusion-page-title-row">
			<div class="fusion-page-title-wrapper">
				<div class="fusion-page-title-captions">

					<h1 class="entry-title"><?php echo $avenue_title; // phpcs:ignore ?></h1>

				</div>

				<div class="fusion-page-title-secondary">
					<?php avenue_breadcrumbs(); ?>
				</div>

			</div>
		</div>
	</div>
</section>
