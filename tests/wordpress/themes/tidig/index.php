<?php
/**
 * Bloggens startsida (senaste inlägg) – Newspapers index.php med loop.php.
 */
get_header();
?>

<div class="td-main-content-wrap td-container-wrap">
    <div class="td-container ">
        <div class="td-pb-row">
                            <div class="td-pb-span8 td-main-content">
                    <div class="td-ss-main-content">
                        <div class="td-block-title-wrap"><h4 class="block-title"><span>SENASTE NYTT</span></h4></div>
                        <?php
                        $GLOBALS['tidig_loop_module'] = 'td_module_2';
                        get_template_part( 'loop' );
                        tidig_posts_pagination();
                        ?>
                    </div>
                </div>
                <div class="td-pb-span4 td-main-sidebar">
                    <div class="td-ss-main-sidebar">
                        <?php get_sidebar(); ?>
                    </div>
                </div>
                    </div> <!-- /.td-pb-row -->
    </div> <!-- /.td-container -->
</div> <!-- /.td-main-content-wrap -->

<?php
get_footer();
