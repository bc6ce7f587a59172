<?php
/**
 * Huvudmallen: bloggens startsida och reserv för allt annat.
 *
 * @package Quill
 */

get_header();
?>

<div id="content" class="narrowcolumn">

	<?php get_template_part( 'loop' ); ?>

</div>

<?php
get_sidebar();
get_footer();
